package cn.jiangle.ecojustice.bot.officers;

/**
 * What an officer may be allowed to do, as {@link Permissions} grants it. The label is the command as the officer
 * knows it; {@code whoMay} completes the refusal 「…仅限{whoMay}使用」 and must say the same as the matrix rows.
 */
public enum Action {

	ASK_QUESTION("政策问答", "在职工作人员"),

	OPEN_CASE("新建案件", "法院、检察院、公安局的承办人和系统管理员"),

	VIEW_CASE("查询案件", "法院、检察院、公安局、林业局的该案承办人、联络员和系统管理员"),

	ISSUE_BINDING_CODE("绑定码", "法院、检察院、公安局、林业局的该案承办人、联络员和系统管理员"),

	REGISTER_OFFICER("登记人员", "法院、检察院、公安局、林业局及全系统的系统管理员"),

	SET_REMINDER("提醒", "各单位的系统管理员、承办人和联络员"),

	MY_CASES("我的案件", "法院、检察院、公安局、林业局的承办人、联络员和系统管理员"),

	CORRECT_RESTORATION("更正修复信息", "法院、检察院、公安局承办该案的承办人和系统管理员"),

	UNBIND_WECHAT("解除绑定", "法院、检察院、公安局、林业局承办该案的承办人和系统管理员"),

	VERIFY_CERTIFICATE("核验证书", "在职工作人员"),

	// 劳役代偿 (将法〔2024〕13号 二、一是): the court decides and closes, the manager plans, quantifies and accepts

	DECIDE_LABOUR("劳役审批", "法院承办该案的承办人、联络员和系统管理员"),

	PLAN_LABOUR("劳役方案", "生态修复管理人（福建金森碳汇科技有限公司）的工作人员"),

	CONFIRM_WORK("工作量", "生态修复管理人（福建金森碳汇科技有限公司）的工作人员"),

	RECORD_ACCEPTANCE("验收", "生态修复管理人（福建金森碳汇科技有限公司）的工作人员和林业局的承办人、联络员和系统管理员"),

	CLOSE_LABOUR("结案", "法院承办该案的承办人、联络员和系统管理员"),

	VIEW_LABOUR("进度", "法院、检察院、公安局、林业局的该案承办人、联络员、系统管理员和生态修复管理人的工作人员"),

	CONFIRM_PAYMENT("收款确认", "生态修复管理人（福建金森碳汇科技有限公司）的工作人员"),

	SUBMIT_WRITE_OFF("核销申报", "生态修复管理人（福建金森碳汇科技有限公司）的工作人员"),

	CONFIRM_WRITE_OFF("已核销", "林业局的承办人、联络员和系统管理员");

	private final String label;

	private final String whoMay;

	Action(String label, String whoMay) {
		this.label = label;
		this.whoMay = whoMay;
	}

	public String label() {
		return this.label;
	}

	String whoMay() {
		return this.whoMay;
	}

}
