package cn.jiangle.ecojustice.db.parties;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A resident identity card number (公民身份号码, GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence
 * and a check character (0–9 or X). {@link #toString()} masks it; {@link #value()} is the plain number and must never
 * be logged.
 */
public record IdCardNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = "10X98765432".toCharArray();

	public IdCardNumber {
		if (value == null || !value.matches("[1-9]\\d{16}[\\dX]")) {
			throw new IdCardNumberMalformed("应为18位：17位数字加1位校验码（数字或X）");
		}
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
					Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
			if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
				throw new IdCardNumberMalformed("出生日期不合理");
			}
		}
		catch (DateTimeException ex) {
			throw new IdCardNumberMalformed("出生日期不是有效日期");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (value.charAt(i) - '0') * WEIGHTS[i];
		}
		if (CHECK[sum % 11] != value.charAt(17)) {
			throw new IdCardNumberMalformed("校验码不符，请核对号码");
		}
	}

	/**
	 * Parses user input: full-width digits, spaces and a lower-case x are accepted.
	 *
	 * @throws IdCardNumberMalformed with a Chinese message (which never repeats the number)
	 */
	public static IdCardNumber parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IdCardNumberMalformed("不能为空");
		}
		String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").toUpperCase();
		return new IdCardNumber(normalised);
	}

	/** Masked for display: region kept, everything else hidden but the last two characters. */
	public String masked() {
		return this.value.substring(0, 3) + "*".repeat(13) + this.value.substring(16);
	}

	@Override
	public String toString() {
		return masked();
	}

}
