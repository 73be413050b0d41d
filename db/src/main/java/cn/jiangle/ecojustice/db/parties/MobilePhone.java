package cn.jiangle.ecojustice.db.parties;

import java.text.Normalizer;

/**
 * A mainland China mobile number (11 digits starting 13–19). {@link #toString()} masks it; {@link #value()} must never
 * be logged.
 */
public record MobilePhone(String value) {

	public MobilePhone {
		if (value == null || !value.matches("1[3-9]\\d{9}")) {
			throw new PhoneNumberMalformed();
		}
	}

	/**
	 * Parses user input: full-width digits, spaces, hyphens and a +86 / 86 prefix are accepted.
	 *
	 * @throws PhoneNumberMalformed
	 */
	public static MobilePhone parse(String text) {
		if (text == null || text.isBlank()) {
			throw new PhoneNumberMalformed();
		}
		String digits = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-()]", "");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		else if (digits.startsWith("86") && digits.length() == 13) {
			digits = digits.substring(2);
		}
		return new MobilePhone(digits);
	}

	public String masked() {
		return this.value.substring(0, 3) + "****" + this.value.substring(7);
	}

	@Override
	public String toString() {
		return masked();
	}

}
