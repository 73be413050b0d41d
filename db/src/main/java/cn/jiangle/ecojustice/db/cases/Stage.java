package cn.jiangle.ecojustice.db.cases;

import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.Labelled;

/** Procedural stage of a case. */
public enum Stage implements Labelled {

	INVESTIGATION("侦查"), PROSECUTION_REVIEW("审查起诉"), TRIAL("审判"), ENFORCEMENT("执行");

	private final String label;

	Stage(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** @throws StageUnknown when {@code text} names no stage */
	public static Stage parse(String text) {
		return Labelled.find(Stage.class, text).orElseThrow(StageUnknown::new);
	}

	/** The stage is not 侦查, 审查起诉, 审判 or 执行. */
	public static class StageUnknown extends InvalidInput {

		StageUnknown() {
			super("stage", "办案阶段应为：侦查、审查起诉、审判、执行之一。");
		}

	}

}
