package cn.jiangle.ecojustice.db.officers;

import java.time.Instant;

import cn.jiangle.ecojustice.db.agencies.Agency;

/**
 * A WeCom user acting for an agency.
 *
 * @param userid WeCom userid
 * @param name display name
 * @param role what the officer may do
 * @param agency the agency, {@code null} only for a bootstrap administrator
 * @param active whether the officer may still act
 * @param createdAt when registered (UTC)
 * @param updatedAt when last changed (UTC)
 */
public record Officer(String userid, String name, Role role, Agency agency, boolean active, Instant createdAt,
		Instant updatedAt) {

	public boolean is(Role role) {
		return this.active && this.role == role;
	}

}
