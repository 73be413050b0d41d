package cn.jiangle.ecojustice.db.audit;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface AuditMapper {

	record Head(long lastSeq, String lastHash) {
	}

	@Select("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
	@ConstructorArgs({ @Arg(column = "last_seq", javaType = long.class),
			@Arg(column = "last_hash", javaType = String.class) })
	Head lockHead();

	@Select("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
	@ConstructorArgs({ @Arg(column = "last_seq", javaType = long.class),
			@Arg(column = "last_hash", javaType = String.class) })
	Head head();

	@Update("UPDATE audit_head SET last_seq = #{seq}, last_hash = #{hash} WHERE id = 1")
	int advanceHead(@Param("seq") long seq, @Param("hash") String hash);

	@Insert("""
			INSERT INTO audit_entry (seq, recorded_at, actor, entity_type, entity_id, action, changes, prev_hash, entry_hash)
			VALUES (#{e.seq}, #{e.recordedAt}, #{e.actor}, #{e.entityType}, #{e.entityId}, #{e.action}, #{e.changes},
			        #{e.prevHash}, #{e.entryHash})
			""")
	int insert(@Param("e") AuditEntry entry);

	@Select("""
			SELECT seq, recorded_at, actor, entity_type, entity_id, action, changes, prev_hash, entry_hash
			FROM audit_entry WHERE seq > #{afterSeq} ORDER BY seq LIMIT #{limit}
			""")
	@Results(id = "auditEntry", value = {})
	@ConstructorArgs({ @Arg(column = "seq", javaType = long.class),
			@Arg(column = "recorded_at", javaType = Instant.class), @Arg(column = "actor", javaType = String.class),
			@Arg(column = "entity_type", javaType = String.class), @Arg(column = "entity_id", javaType = String.class),
			@Arg(column = "action", javaType = String.class), @Arg(column = "changes", javaType = String.class),
			@Arg(column = "prev_hash", javaType = String.class), @Arg(column = "entry_hash", javaType = String.class) })
	List<AuditEntry> page(@Param("afterSeq") long afterSeq, @Param("limit") int limit);

	@Select("""
			SELECT seq, recorded_at, actor, entity_type, entity_id, action, changes, prev_hash, entry_hash
			FROM audit_entry WHERE entity_type = #{entityType} AND entity_id = #{entityId} ORDER BY seq
			""")
	@ResultMap("auditEntry")
	List<AuditEntry> history(@Param("entityType") String entityType, @Param("entityId") String entityId);

}
