package cn.jiangle.ecojustice.db.cases;

import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.Labelled;

/** 罪名 covered by the mechanism, as listed in 将法〔2021〕17号 二、4, plus 其他 (described in words). */
public enum Charge implements Labelled {

	ILLEGAL_LOGGING("盗伐林木罪"), EXCESSIVE_LOGGING("滥伐林木罪"), ILLEGAL_OCCUPATION_OF_FARMLAND("非法占用农用地罪"),
	ENDANGERING_PROTECTED_PLANTS("危害国家重点保护植物罪"), NEGLIGENT_FIRE("失火罪"),
	ENDANGERING_PRECIOUS_WILDLIFE("危害珍贵、濒危野生动物罪"), ILLEGAL_HUNTING("非法狩猎罪"), POLLUTING_ENVIRONMENT("污染环境罪"),
	OTHER("其他");

	private final String label;

	Charge(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/**
	 * The charge named by {@code text} (its Chinese name, with or without 罪, or the constant's name).
	 *
	 * @throws ChargeUnknown when it is not one of the mechanism's charges; use {@link #OTHER} with a description
	 */
	public static Charge parse(String text) {
		String wanted = (text != null) ? text.strip() : "";
		if (wanted.isEmpty()) {
			throw new FieldMissing("charge", "罪名");
		}
		for (Charge charge : values()) {
			if (charge.label.equals(wanted) || charge.name().equalsIgnoreCase(wanted)
					|| (charge != OTHER && charge.label.equals(wanted + "罪"))) {
				return charge;
			}
		}
		throw new ChargeUnknown(wanted);
	}

}
