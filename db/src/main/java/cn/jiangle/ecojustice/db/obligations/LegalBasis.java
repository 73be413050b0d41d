package cn.jiangle.ecojustice.db.obligations;

import java.text.Normalizer;

import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.Labelled;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.CaseNumberMalformed;

/**
 * The legal basis of an obligation: a court's 调解书 or 判决书 (numbered with the case's 案号) or a procuratorate's
 * 检察建议 (numbered like 将检刑检建〔2026〕3号).
 *
 * @param type the kind of document
 * @param documentNumber its number, normalised
 */
public record LegalBasis(LegalBasisType type, String documentNumber) {

	public LegalBasis {
		if (type == null) {
			throw new LegalBasisMalformed("请选择依据类型：调解书、判决书或检察建议。");
		}
		documentNumber = normalise(type, documentNumber);
	}

	/**
	 * Parses the type from its Chinese name ({@code 调解书}, {@code 判决书}, {@code 检察建议}) and checks the number.
	 *
	 * @throws LegalBasisMalformed naming what is wrong
	 */
	public static LegalBasis of(String type, String documentNumber) {
		LegalBasisType parsed = Labelled.find(LegalBasisType.class, type)
			.orElseThrow(() -> new LegalBasisMalformed("依据类型应为调解书、判决书或检察建议。"));
		return new LegalBasis(parsed, documentNumber);
	}

	private static String normalise(LegalBasisType type, String number) {
		if (number == null || number.isBlank()) {
			throw new LegalBasisMalformed(type.label() + "文号不能为空。");
		}
		if (type != LegalBasisType.PROCURATORIAL_SUGGESTION) {
			try {
				CaseNumber parsed = CaseNumber.parse(number);
				// police and procuratorate numbers are case numbers too, but no court document carries one
				if (parsed.issuer() == CaseNumber.Issuer.COURT) {
					return parsed.toString();
				}
			}
			catch (CaseNumberMalformed ex) {
				// refused below
			}
			throw new LegalBasisMalformed(type.label() + "文号应为法院案号，如（2026）闽0428刑初12号。");
		}
		String folded = Normalizer.normalize(number, Normalizer.Form.NFKC)
			.replaceAll("\\s+", "")
			.replaceAll("[\\[(（【]", "〔")
			.replaceAll("[\\])）】]", "〕");
		if (!folded.matches("[^〔〕]{1,30}〔\\d{4}〕[A-Za-z]?\\d{1,6}号")) {
			throw new LegalBasisMalformed("检察建议文号格式不正确，应如：将检刑检建〔2026〕3号。");
		}
		return folded;
	}

	@Override
	public String toString() {
		return this.type.label() + " " + this.documentNumber;
	}

	/** The legal basis type or document number was refused. */
	public static class LegalBasisMalformed extends InvalidInput {

		LegalBasisMalformed(String chineseMessage) {
			super("legalBasis", chineseMessage);
		}

	}

}
