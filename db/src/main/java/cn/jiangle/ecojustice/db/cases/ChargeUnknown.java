package cn.jiangle.ecojustice.db.cases;

import java.util.Arrays;
import java.util.stream.Collectors;

import cn.jiangle.ecojustice.db.InvalidInput;

/** The 罪名 is not one of the mechanism's charges. */
public class ChargeUnknown extends InvalidInput {

	ChargeUnknown(String given) {
		super("charge", "罪名“" + given + "”不在可选范围内。请选择："
				+ Arrays.stream(Charge.values()).map(Charge::label).collect(Collectors.joining("、"))
				+ "（选“其他”时请写明罪名）。");
	}

}
