package cn.jiangle.ecojustice.db.parties;

/**
 * A party to register; validated on construction. {@code toString()} masks the numbers.
 *
 * @param name the person's name (up to 50 characters, not a number: see {@link PersonName})
 * @param idCard 身份证号, may be {@code null} when not yet known
 * @param phone mobile number, may be {@code null}
 */
public record NewParty(String name, IdCardNumber idCard, MobilePhone phone) {

	public NewParty {
		name = PersonName.of(name, "partyName", "当事人姓名");
	}

}
