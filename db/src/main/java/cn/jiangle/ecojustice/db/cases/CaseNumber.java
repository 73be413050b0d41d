package cn.jiangle.ecojustice.db.cases;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's number: a court 案号 as defined by the Supreme People's Court's rules on case numbers,
 * {@code （收案年度）法院代字 类型代字 案件编号 号}, e.g. （2026）闽0428刑初12号; or, for a case still with the police or
 * the procuratorate, their document number {@code 机关代字 文书代字〔年度〕编号号}, e.g. 将公（刑）立字〔2026〕15号 or
 * 将检刑诉〔2026〕3号.
 *
 * @param year the year the case was filed, 4 digits
 * @param court the court code: a province abbreviation with 0, 2 or 4 digits (闽0428 county, 闽04 intermediate,
 * 闽 high court), or 最高法; for police and procuratorate numbers the issuing body's abbreviation, ending in 公 or
 * 检 (将公, 将森公, 将检)
 * @param type the case type code, e.g. 刑初, 刑终, 刑更, 民初, 执; for police and procuratorate numbers the
 * document's word, e.g. （刑）立字, 刑诉, 刑不诉
 * @param sequence the case's serial number within year, court and type
 */
public record CaseNumber(int year, String court, String type, int sequence) {

	/** Who numbered the case. */
	public enum Issuer {

		COURT, POLICE, PROCURATORATE

	}

	/** Province-level abbreviations used in court codes, plus 兵 (XPCC courts) and 军 (military courts). */
	private static final String PROVINCES = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云藏陕甘青宁新兵军";

	/** Case type codes (案件类型代字) in use; matched longest first. */
	static final List<String> TYPES = List.of("刑初", "刑终", "刑核", "刑更", "刑监", "刑申", "刑抗", "刑再", "刑辖", "刑他",
			"民初", "民终", "民监", "民申", "民抗", "民再", "民特", "民催", "民督", "民辖", "民他", "行初", "行终", "行监", "行申",
			"行抗", "行再", "行审", "行审复", "行辖", "行他", "执", "执恢", "执保", "执异", "执复", "执监", "执协", "执他", "执配",
			"财保", "行保", "证保", "破申", "破", "法赔", "委赔", "司救", "司惩", "司惩复")
		.stream()
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	private static final String COURT_CODE = "最高法|[" + PROVINCES + "](\\d{2}|\\d{4})?";

	private static final Pattern SHAPE = Pattern.compile("（(\\d+)）(最高法|[" + PROVINCES + "]\\d*)(\\D+?)(\\d+)号");

	/** Police and procuratorate: the body ends at its first 公 or 检; a document word may hold one （刑）. */
	private static final Pattern AGENCY_SHAPE = Pattern
		.compile("(\\p{IsHan}{0,4}?[公检])((?:（\\p{IsHan}{1,2}）)?\\p{IsHan}{1,6})（(\\d+)）(\\d+)号");

	private static final String AGENCY_CODE = "\\p{IsHan}{0,4}[公检]";

	private static final String AGENCY_TYPE = "(（\\p{IsHan}{1,2}）)?\\p{IsHan}{1,6}";

	public CaseNumber {
		if (year < 1990 || year > 2099) {
			throw new CaseNumberMalformed("收案年度应为1990至2099之间的4位数字");
		}
		if (court == null || !(court.matches(COURT_CODE) || court.matches(AGENCY_CODE))) {
			throw new CaseNumberMalformed("法院代字应为省级简称加0、2或4位数字，如“闽0428”");
		}
		if (court.matches(COURT_CODE) && !TYPES.contains(type)) {
			throw new CaseNumberMalformed("案件类型代字“" + type + "”无法识别，应如“刑初”“刑终”“刑更”“民初”“执”");
		}
		if (court.matches(AGENCY_CODE) && (type == null || !type.matches(AGENCY_TYPE))) {
			throw new CaseNumberMalformed("文书代字应如“（刑）立字”“刑诉”");
		}
		if (sequence < 1 || sequence > 999_999) {
			throw new CaseNumberMalformed("案件编号应为1至999999之间的数字");
		}
	}

	/**
	 * Parses user input: full-width and half-width digits and parentheses (also 〔〕, 【】, []) are accepted and
	 * normalised, spaces removed, a missing trailing 号 added.
	 *
	 * @throws CaseNumberMalformed with a Chinese message saying what is wrong
	 */
	public static CaseNumber parse(String text) {
		if (text == null || text.isBlank()) {
			throw new CaseNumberMalformed("案号不能为空");
		}
		String normalised = normalise(text);
		Matcher matcher = SHAPE.matcher(normalised);
		int yearGroup = 1;
		if (!matcher.matches()) {
			matcher = AGENCY_SHAPE.matcher(normalised);
			yearGroup = 3;
			if (!matcher.matches()) {
				throw new CaseNumberMalformed(null);
			}
		}
		String year = matcher.group(yearGroup);
		String sequence = matcher.group(4);
		String court = matcher.group(yearGroup == 1 ? 2 : 1);
		String type = matcher.group(yearGroup == 1 ? 3 : 2);
		if (year.length() != 4) {
			throw new CaseNumberMalformed("收案年度应为4位数字");
		}
		if (sequence.length() > 6) {
			throw new CaseNumberMalformed("案件编号应为1至999999之间的数字");
		}
		return new CaseNumber(Integer.parseInt(year), court, type, Integer.parseInt(sequence));
	}

	private static String normalise(String text) {
		// NFKC folds full-width digits and parentheses to ASCII; we then use the official full-width parentheses
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
		StringBuilder out = new StringBuilder(folded.length() + 1);
		for (char c : folded.toCharArray()) {
			switch (c) {
				case '(', '〔', '【', '[' -> out.append('（');
				case ')', '〕', '】', ']' -> out.append('）');
				default -> out.append(c);
			}
		}
		if (out.length() > 0 && out.charAt(out.length() - 1) != '号') {
			out.append('号');
		}
		return out.toString();
	}

	/** Who numbered the case: a court, the police (…公…) or a procuratorate (…检…). */
	public Issuer issuer() {
		if (this.court.matches(COURT_CODE)) {
			return Issuer.COURT;
		}
		return this.court.endsWith("公") ? Issuer.POLICE : Issuer.PROCURATORATE;
	}

	/** The canonical form, e.g. （2026）闽0428刑初12号, 将公（刑）立字〔2026〕15号, 将检刑诉〔2026〕3号. */
	@Override
	public String toString() {
		if (issuer() == Issuer.COURT) {
			return "（" + this.year + "）" + this.court + this.type + this.sequence + "号";
		}
		return this.court + this.type + "〔" + this.year + "〕" + this.sequence + "号";
	}

}
