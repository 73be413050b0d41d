package cn.jiangle.ecojustice.db.projects;

import cn.jiangle.ecojustice.db.InvalidInput;

/** A disbursement request without any attachment (支付依据, 发票). */
public class AttachmentsMissing extends InvalidInput {

	public AttachmentsMissing() {
		super("attachments", "支付申请须附支付依据或费用发票等材料（至少一份），请先发送图片或文件。");
	}

}
