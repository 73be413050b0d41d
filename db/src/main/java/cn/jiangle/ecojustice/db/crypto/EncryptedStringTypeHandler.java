package cn.jiangle.ecojustice.db.crypto;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;

/**
 * Stores a {@code String} column encrypted with {@link FieldCipher}. Name it explicitly in mappers
 * ({@code #{idCard,typeHandler=...EncryptedStringTypeHandler}}, {@code @Result(typeHandler = ...)}): it is registered
 * as an instance for that purpose only. It deliberately does not extend {@code BaseTypeHandler}, whose generic type
 * would make MyBatis use it for every String.
 */
public final class EncryptedStringTypeHandler implements TypeHandler<String> {

	private final FieldCipher cipher;

	public EncryptedStringTypeHandler(FieldCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public void setParameter(PreparedStatement ps, int i, String parameter, JdbcType jdbcType) throws SQLException {
		if (parameter == null) {
			ps.setNull(i, Types.VARCHAR);
		}
		else {
			ps.setString(i, this.cipher.seal(parameter));
		}
	}

	@Override
	public String getResult(ResultSet rs, String columnName) throws SQLException {
		return open(rs.getString(columnName));
	}

	@Override
	public String getResult(ResultSet rs, int columnIndex) throws SQLException {
		return open(rs.getString(columnIndex));
	}

	@Override
	public String getResult(CallableStatement cs, int columnIndex) throws SQLException {
		return open(cs.getString(columnIndex));
	}

	private String open(String sealed) {
		return (sealed != null) ? this.cipher.open(sealed) : null;
	}

}
