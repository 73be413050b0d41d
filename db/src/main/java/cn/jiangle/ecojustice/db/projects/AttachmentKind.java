package cn.jiangle.ecojustice.db.projects;

import cn.jiangle.ecojustice.db.Labelled;

/** What a disbursement attachment is (将法〔2024〕4号: 支付申请、支付依据、费用发票). */
public enum AttachmentKind implements Labelled {

	PAYMENT_BASIS("支付依据"), INVOICE("发票"), OTHER("其他");

	private final String label;

	AttachmentKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
