package cn.jiangle.ecojustice.db.agencies;

/**
 * A participating body.
 *
 * @param id database id
 * @param code stable identifier, e.g. {@code COURT}
 * @param kind what kind of body it is
 * @param name its full Chinese name, e.g. 将乐县人民法院
 */
public record Agency(long id, String code, AgencyKind kind, String name) {
}
