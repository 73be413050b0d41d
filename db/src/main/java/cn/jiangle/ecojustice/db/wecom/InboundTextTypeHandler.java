package cn.jiangle.ecojustice.db.wecom;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.crypto.SealedColumn;
import cn.jiangle.ecojustice.db.crypto.SealedColumns;
import cn.jiangle.ecojustice.db.crypto.SealedValueUnreadable;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the sealed text columns of {@code wecom_inbound_event} (content, event_key, scene_param) as rows are read,
 * with the row's dedupe key (selected alongside) as the bound row identity. A value that cannot be decrypted any more
 * (its key version was removed) reads as null, so one stale row never blocks the queue behind it. Values are sealed
 * by {@link InboundEvents#record} before the INSERT.
 */
final class InboundTextTypeHandler implements TypeHandler<String> {

	private static final Logger log = LoggerFactory.getLogger(InboundTextTypeHandler.class);

	private final FieldCipher cipher;

	InboundTextTypeHandler(FieldCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public void setParameter(PreparedStatement ps, int i, String parameter, JdbcType jdbcType) {
		throw new UnsupportedOperationException("inbound text is sealed by InboundEvents.record, bound to its row");
	}

	@Override
	public String getResult(ResultSet rs, String columnName) throws SQLException {
		return open(rs, columnName, rs.getString(columnName));
	}

	@Override
	public String getResult(ResultSet rs, int columnIndex) throws SQLException {
		return open(rs, rs.getMetaData().getColumnLabel(columnIndex), rs.getString(columnIndex));
	}

	@Override
	public String getResult(CallableStatement cs, int columnIndex) {
		throw new UnsupportedOperationException("not read from procedures");
	}

	private String open(ResultSet rs, String columnName, String sealed) throws SQLException {
		if (sealed == null) {
			return null;
		}
		SealedColumn column = column(columnName);
		String event = rs.getString("id");
		try {
			return cipher.open(sealed, column.cell(rs.getString("dedupe_key")));
		}
		catch (SealedValueUnreadable ex) {
			log.warn("Inbound #{} {} cannot be decrypted; read as empty: {}", event, column.column(), ex.getMessage());
			return null;
		}
	}

	static SealedColumn column(String name) {
		for (SealedColumn column : new SealedColumn[] { SealedColumns.INBOUND_CONTENT, SealedColumns.INBOUND_EVENT_KEY,
				SealedColumns.INBOUND_SCENE_PARAM }) {
			if (column.column().equalsIgnoreCase(name)) {
				return column;
			}
		}
		throw new IllegalArgumentException("not a sealed inbound column: " + name);
	}

}
