package cn.jiangle.ecojustice.db;

import org.mybatis.spring.SqlSessionTemplate;

/**
 * Binds a feature's package-private mapper interface to the shared MyBatis configuration. Mappers are registered
 * by the feature itself rather than by {@code @MapperScan}/{@code MapperFactoryBean} beans: their presence would
 * switch off MyBatis' own {@code @Mapper} scanning, which other modules rely on.
 */
public final class MapperBinding {

	private MapperBinding() {
	}

	/** Registers {@code mapperType} if needed and returns a transaction-aware proxy for it. */
	public static <T> T bind(SqlSessionTemplate sessions, Class<T> mapperType) {
		org.apache.ibatis.session.Configuration configuration = sessions.getConfiguration();
		synchronized (configuration) {
			if (!configuration.hasMapper(mapperType)) {
				configuration.addMapper(mapperType);
			}
		}
		return sessions.getMapper(mapperType);
	}

}
