package cn.jiangle.ecojustice.db.parties;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.RequiredText;

/**
 * A person's name as typed: required, at most 50 characters, and not a number. A 身份证号 or phone number typed one
 * step early would otherwise be stored, shown and logged as a name, in plaintext.
 */
public final class PersonName {

	static final int MAX_LENGTH = 50;

	/** Digits, possibly split by spaces, hyphens or brackets as people write phone numbers, with a check letter. */
	private static final Pattern NUMBER_RUN = Pattern.compile("\\d(?:[\\s\\-()]*\\d)*(?:\\s*[Xx])?");

	private static final Pattern ID_NUMBER = Pattern.compile("\\d{15}|\\d{17}[\\dXx]");

	/** Seven digits is the shortest local landline number. */
	private static final int PHONE_DIGITS = 7;

	private PersonName() {
	}

	/**
	 * The stripped name.
	 * @throws cn.jiangle.ecojustice.db.FieldMissing when blank
	 * @throws cn.jiangle.ecojustice.db.FieldTooLong when longer than 50 characters
	 * @throws LooksLikeIdNumber when it holds something shaped like a 身份证号 (15 or 18 characters)
	 * @throws LooksLikePhoneNumber when it holds a run of seven or more digits (mobile, landline)
	 */
	public static String of(String text, String field, String chineseLabel) {
		String name = RequiredText.of(text, field, chineseLabel, MAX_LENGTH);
		Matcher run = NUMBER_RUN.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC));
		while (run.find()) {
			String digits = run.group().replaceAll("[^0-9Xx]", "");
			if (ID_NUMBER.matcher(digits).matches()) {
				throw new LooksLikeIdNumber(field, chineseLabel);
			}
			if (digits.replaceAll("[Xx]", "").length() >= PHONE_DIGITS) {
				throw new LooksLikePhoneNumber(field, chineseLabel);
			}
		}
		return name;
	}

	/** A name that is, or holds, a 身份证号. The message never repeats it. */
	public static class LooksLikeIdNumber extends InvalidInput {

		LooksLikeIdNumber(String field, String chineseLabel) {
			super(field, chineseLabel + "看起来是身份证号，请填写真实姓名；身份证号另有一步填写。");
		}

	}

	/** A name that is, or holds, a phone number (or another long run of digits). The message never repeats it. */
	public static class LooksLikePhoneNumber extends InvalidInput {

		LooksLikePhoneNumber(String field, String chineseLabel) {
			super(field, chineseLabel + "中含有电话号码等长串数字，请填写真实姓名；手机号另有一步填写。");
		}

	}

}
