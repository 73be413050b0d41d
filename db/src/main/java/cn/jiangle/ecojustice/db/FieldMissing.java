package cn.jiangle.ecojustice.db;

/** A required field was empty. */
public class FieldMissing extends InvalidInput {

	public FieldMissing(String field, String chineseLabel) {
		super(field, chineseLabel + "不能为空，请填写。");
	}

}
