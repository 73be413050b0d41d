package cn.jiangle.ecojustice.db.obligations;

import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.Labelled;

/** How the party discharges the obligation (将法〔2024〕13号). */
public enum RestorationPath implements Labelled {

	CARBON_SUBSCRIPTION("认购碳汇"), LABOUR_COMPENSATION("劳役代偿"), UNDECIDED("未确定");

	private final String label;

	RestorationPath(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** @throws RestorationPathUnknown */
	public static RestorationPath parse(String text) {
		return Labelled.find(RestorationPath.class, text).orElseThrow(RestorationPathUnknown::new);
	}

	/** Not one of the paths. */
	public static class RestorationPathUnknown extends InvalidInput {

		RestorationPathUnknown() {
			super("path", "修复方式应为：认购碳汇、劳役代偿或未确定。");
		}

	}

}
