package cn.jiangle.ecojustice.db;

/**
 * Input refused by validation: names the offending field (a Java property name such as {@code caseNumber}, for code)
 * and carries a Chinese sentence for the user as its message. Never includes sensitive values (身份证号, phone).
 */
public abstract class InvalidInput extends RuntimeException {

	private final String field;

	protected InvalidInput(String field, String chineseMessage) {
		super(chineseMessage);
		this.field = field;
	}

	/** The refused field, e.g. {@code caseNumber}, {@code amount}, {@code idCardNumber}. */
	public String field() {
		return this.field;
	}

}
