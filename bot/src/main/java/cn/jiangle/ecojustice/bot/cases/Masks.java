package cn.jiangle.ecojustice.bot.cases;

/** How personal data is shown in chat: never in full. */
public final class Masks {

	private Masks() {
	}

	/** 张三 → 张*, 欧阳娜娜 → 欧***: the first character only. */
	public static String name(String name) {
		if (name == null || name.isEmpty()) {
			return "";
		}
		int first = name.offsetByCodePoints(0, 1);
		return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
	}

}
