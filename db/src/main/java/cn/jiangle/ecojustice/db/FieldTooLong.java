package cn.jiangle.ecojustice.db;

/** A text field exceeded its maximum length. */
public class FieldTooLong extends InvalidInput {

	public FieldTooLong(String field, String chineseLabel, int maxLength) {
		super(field, chineseLabel + "过长，最多" + maxLength + "个字。");
	}

}
