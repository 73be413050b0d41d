package cn.jiangle.ecojustice.db.cases;

import java.util.LinkedHashSet;
import java.util.List;

import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.officers.Officers;

/**
 * What is needed to register a case; validated on construction.
 *
 * @param number the 案号
 * @param charge the 罪名
 * @param chargeDetail required for {@link Charge#OTHER} (the charge in words, up to 200 characters), ignored otherwise
 * @param stage procedural stage
 * @param officerUserids handling officers (at least one), registered officers' WeCom userids
 */
public record NewCase(CaseNumber number, Charge charge, String chargeDetail, Stage stage, List<String> officerUserids) {

	public NewCase {
		if (number == null) {
			throw new FieldMissing("caseNumber", "案号");
		}
		if (charge == null) {
			throw new FieldMissing("charge", "罪名");
		}
		if (charge == Charge.OTHER) {
			chargeDetail = RequiredText.optional(chargeDetail, "chargeDetail", "罪名", 200);
			if (chargeDetail == null) {
				throw new ChargeDetailMissing();
			}
		}
		else {
			chargeDetail = null;
		}
		if (stage == null) {
			throw new FieldMissing("stage", "办案阶段");
		}
		if (officerUserids == null || officerUserids.isEmpty()) {
			throw new FieldMissing("officerUserids", "承办人");
		}
		LinkedHashSet<String> distinct = new LinkedHashSet<>();
		for (String userid : officerUserids) {
			distinct.add(Officers.checkUserid(userid));
		}
		officerUserids = List.copyOf(distinct);
	}

	/** 其他 was chosen without saying which charge. */
	public static class ChargeDetailMissing extends InvalidInput {

		ChargeDetailMissing() {
			super("chargeDetail", "罪名选择“其他”时，请写明具体罪名。");
		}

	}

}
