package cn.jiangle.ecojustice.db.obligations;

import cn.jiangle.ecojustice.db.Labelled;

/** The document an obligation rests on. */
public enum LegalBasisType implements Labelled {

	MEDIATION_STATEMENT("调解书"), JUDGMENT("判决书"), PROCURATORIAL_SUGGESTION("检察建议");

	private final String label;

	LegalBasisType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
