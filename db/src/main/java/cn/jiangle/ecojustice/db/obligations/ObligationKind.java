package cn.jiangle.ecojustice.db.obligations;

import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.Labelled;

/** Kinds of money a party may owe for ecological restoration. */
public enum ObligationKind implements Labelled {

	GREENING_DEPOSIT("复绿保证金"), RESTORATION_COMPENSATION("生态修复赔偿金"), SERVICE_LOSS("生态服务功能损失费"), OTHER("其他");

	private final String label;

	ObligationKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** @throws ObligationKindUnknown */
	public static ObligationKind parse(String text) {
		return Labelled.find(ObligationKind.class, text).orElseThrow(ObligationKindUnknown::new);
	}

	/** Not one of the amount kinds. */
	public static class ObligationKindUnknown extends InvalidInput {

		ObligationKindUnknown() {
			super("amountKind", "金额类别应为：复绿保证金、生态修复赔偿金、生态服务功能损失费、其他之一。");
		}

	}

}
