package cn.jiangle.ecojustice.bot.defendants;

/**
 * What defendants read, in one place. Quotes from the documents are verbatim inside 「」 (a test checks each against
 * the shipped documents) and carry their clause; nothing here promises a sentencing outcome.
 */
final class DefendantTexts {

	private DefendantTexts() {
	}

	/** The fixed notice with anything touching the mechanism's effect on sentencing. */
	static final String NOTICE = "以上内容仅供参考，是否从轻处理由人民法院依法裁判。";

	static final String WELCOME = "您好，这里是将乐县“生态司法＋碳汇”生态修复服务。请发送承办人给您的绑定码（如 ABCD-EFGH-JKMN）"
			+ "绑定您的案件；绑定后可在这里查看案件、选择生态修复方式、认购碳汇。\n也可以直接提问，如「劳役代偿是什么？」；"
			+ "回复「帮助」查看全部功能，回复「人工」转人工客服。";

	static final String HELP_UNBOUND = "您可以：\n· 发送绑定码（承办人提供，如 ABCD-EFGH-JKMN）绑定您的案件\n"
			+ "· 发送「修复方式」了解认购碳汇和劳役代偿两种生态修复方式\n· 直接提问，如「认购碳汇的流程是什么？」\n"
			+ "· 发送「人工」转人工客服";

	static final String HELP_BOUND = "您可以：\n· 发送「我的案件」查看案件、应缴金额和下一步\n"
			+ "· 发送「修复方式」了解两种生态修复方式\n· 发送「认购碳汇」选择以认购碳汇方式修复并获取碳汇认购二维码\n"
			+ "· 发送「劳役代偿」申请以劳役代偿方式修复；申请后发送「方案」查看劳役方案、「确认方案」确认方案、「打卡」查看打卡方法、"
			+ "「进度」查看抵偿进度，劳动当天发送位置和现场照片即可打卡\n· 直接提问，如「认购碳汇后能拿到什么？」\n· 发送「人工」转人工客服\n"
			+ "办理过程中可随时回复「返回」回到上一步、「取消」退出。";

	/** The two paths, what each asks, who the manager is: quoted with their clauses. */
	static final String ORIENTATION = "生态修复有两种方式，由您自愿选择：\n"
			+ "1. 认购碳汇（“司法碳达”）：当事人经济允许的，「主动以认购碳汇的形式交纳复绿保证金、生态修复赔偿金、生态服务功能损失费等」"
			+ "【将法〔2024〕13号 二、二是】。具体做法是「通过扫“碳汇认购二维码”，按照碳汇交易指导价格认购碳汇」，"
			+ "「认购后可以获得相应的认购碳汇证明书或者碳汇积分」【将法〔2021〕17号 二、5】。\n"
			+ "2. 劳役代偿：当事人「经济困难，无力支付生态修复赔偿金」的，「经当事人申请通过“劳役代偿”方式，"
			+ "在一定期间内提供有利于生态环境修复的具体劳动行为来抵偿赔偿金」，由管理人「组织当事人到基地或者其他更为适宜的异地场所"
			+ "实施具体修复义务」，实行「“技术打卡—工作量化—成果验收”的全程留痕」管理【将法〔2024〕13号 二、一是】。\n"
			+ "生态修复管理人：「将乐县人民法院指定或聘任福建金森碳汇科技有限公司为生态修复管理人」【将法〔2024〕13号 二、工作方案】，"
			+ "认购碳汇的款项由其收取并出具证明，并「定期向林业局进行碳汇核销」【将法〔2024〕13号 二、二是】。\n"
			+ "回复「认购碳汇」或「劳役代偿」选择方式，回复「帮助」查看其他功能。";

	static final String CARBON_EXPLAINED = "认购碳汇：您按碳汇交易指导价格，向生态修复管理人福建金森碳汇科技有限公司认购与应缴金额等值的碳汇，"
			+ "「认购后可以获得相应的认购碳汇证明书或者碳汇积分」【将法〔2021〕17号 二、5】。"
			+ "选择后我会告诉您应认购的吨数，并发送碳汇认购二维码。";

	static final String LABOUR_EXPLAINED = "劳役代偿：适用于「经济困难，无力支付生态修复赔偿金」的当事人，"
			+ "「在一定期间内提供有利于生态环境修复的具体劳动行为来抵偿赔偿金」【将法〔2024〕13号 二、一是】。"
			+ "选择后由承办人和生态修复管理人审核并为您安排修复方案。";

	static final String HUMAN = "已为您转接人工客服，请稍候，工作人员会在这里回复您。";

	static final String OTHER_CASE = "您只能查询本人已绑定的案件。如需了解其他案件，请联系承办人。";

	static final String NOT_BOUND = "您还没有绑定案件。请发送承办人给您的绑定码（如 ABCD-EFGH-JKMN）；没有绑定码请联系承办人。";

	static final String TEXT_ONLY = "目前只支持文字消息，请用文字与我们联系。";

	static final String BLANK_QUESTION = "请用文字描述您的问题，或回复「帮助」查看可用功能。";

	static final String NOT_COVERED_TAIL = "如需进一步了解，请联系承办人，或回复「人工」转人工客服。";

}
