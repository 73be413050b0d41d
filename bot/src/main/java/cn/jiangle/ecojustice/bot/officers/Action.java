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

	SET_REMINDER("提醒", "各单位的系统管理员、承办人和联络员");

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
