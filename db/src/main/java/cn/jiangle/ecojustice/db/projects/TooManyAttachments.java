package cn.jiangle.ecojustice.db.projects;

import cn.jiangle.ecojustice.db.InvalidInput;

/** More attachments to one request than configured ({@code ecojustice.projects.max-attachments}). */
public class TooManyAttachments extends InvalidInput {

	public TooManyAttachments(int max) {
		super("attachments", "一次支付申请最多附" + max + "份材料。");
	}

}
