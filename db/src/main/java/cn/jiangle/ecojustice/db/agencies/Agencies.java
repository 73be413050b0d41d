package cn.jiangle.ecojustice.db.agencies;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.RequiredText;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participating bodies. The eight of the mechanism are seeded by migration (codes {@code COURT},
 * {@code PROCURATORATE}, {@code POLICE}, {@code FORESTRY}, {@code NATURAL_RESOURCES}, {@code TOWNSHIP},
 * {@code VILLAGE}, {@code RESTORATION_MANAGER}); further townships or villages can be added.
 */
public class Agencies {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final AgencyMapper mapper;

	Agencies(SqlSessionTemplate sessions) {
		this.mapper = MapperBinding.bind(sessions, AgencyMapper.class);
	}

	@Transactional(readOnly = true)
	public List<Agency> all() {
		return this.mapper.all();
	}

	@Transactional(readOnly = true)
	public Optional<Agency> find(String code) {
		return Optional.ofNullable(this.mapper.byCode(code));
	}

	/** The agency with {@code code}, or {@link AgencyNotFound}. */
	@Transactional(readOnly = true)
	public Agency get(String code) {
		return find(code).orElseThrow(() -> new AgencyNotFound(code));
	}

	@Transactional(readOnly = true)
	public Optional<Agency> find(long id) {
		return Optional.ofNullable(this.mapper.byId(id));
	}

	/** Adds an agency, e.g. another township; refuses a malformed or taken code. */
	@Transactional
	public Agency add(String code, AgencyKind kind, String name) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new AgencyCodeInvalid("单位代码须为大写字母、数字或下划线（2至40位），如 TOWNSHIP_GUANGMING。");
		}
		if (kind == null) {
			throw new FieldMissing("kind", "单位类别");
		}
		String checkedName = RequiredText.of(name, "name", "单位名称", 100);
		try {
			this.mapper.insert(code, kind, checkedName);
		}
		catch (DuplicateKeyException ex) {
			throw new AgencyCodeInvalid("单位代码“" + code + "”已存在。");
		}
		return new Agency(this.mapper.lastInsertId(), code, kind, checkedName);
	}

	/** An agency code or kind was refused. */
	public static class AgencyCodeInvalid extends InvalidInput {

		AgencyCodeInvalid(String chineseMessage) {
			super("agencyCode", chineseMessage);
		}

	}

}
