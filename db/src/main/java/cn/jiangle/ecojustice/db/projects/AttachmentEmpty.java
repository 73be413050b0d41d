package cn.jiangle.ecojustice.db.projects;

import cn.jiangle.ecojustice.db.InvalidInput;

/** An attachment with no content. */
public class AttachmentEmpty extends InvalidInput {

	public AttachmentEmpty(String fileName) {
		super("attachments", "附件“" + fileName + "”是空文件，请重新发送。");
	}

}
