package cn.jiangle.ecojustice.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * 「我们村是主管部门对吧 那修复款怎么申请」「听说基金是检察院管的 那开会讨论些啥」: a message may open with a claim and go on to
 * ask something else. The later question is what is answered ({@link Standings}, {@link LaterQuestions}), but an
 * opening claim a settling lead calls wrong must not stand uncorrected: the answer opens with that lead's statement in
 * one sentence (「先说明：……」). A right opening claim adds nothing, so the answer stays phone-sized.
 */
final class OpeningClaims {

	/** Where a message breaks into clauses; a tag question may run straight on: 「……对吧那修复款怎么申请」. */
	private static final Pattern BREAK = Pattern.compile("[，,。！!？?；;、\\s]+|(?<=吧|吗|嘛)(?=那|然后|还有|另外)");

	/** A clause asking for content is the question itself, never an opening claim; yes/no tags are claims. */
	private static final Pattern ASKS_CONTENT = Pattern
		.compile("多少|多久|多远|几|谁|哪|什么|啥|怎么|怎样|如何|咋|为什么|为啥|能不能|可不可以|有没有|要不要|会不会|需不需要|行不行");

	/** The opening says it checks a claim (hearsay, a tag question); a bare statement is a claim too. */
	private static final Pattern MARKED = Pattern.compile(
			"听说|听讲|听人|据说|有人说|人家说|人家讲|我记得|好像|是吧|对吧|对不对|是不是|没错吧|对吗|是吗|(吧|吗|么|嘛)[？?。！!]*$");

	/** 「我们村」「咱村」「村里」: the asker's village, the one village the documents give a part. */
	private static final Pattern OWN_VILLAGE = Pattern.compile("(我们|咱们|俺们|我|咱|俺)(这个?)?村(里|委会?)?|(?<![乡农])村里");

	/** 「我们公司」: the one company the documents give a part. */
	private static final Pattern OWN_COMPANY = Pattern.compile("(我们|咱们|俺们|我|咱|俺)(这边的?)?公司");

	/** 「咱们法院」: the asker's body, named as the body itself. */
	private static final Pattern OWN = Pattern.compile("(我们|咱们|俺们|我|咱|俺)(这边的?)?(?=法院|检察院|公安局|林业局|自然资源局|乡政府)");

	/** 「X是Y」「X归Y管」「X属于Y」: a statement of who or what something is. */
	private static final Pattern STATEMENT = Pattern.compile("(?<![要还就可但只于若总倒真老硬])是|归.{0,6}管|属于|隶属");

	/** A condition or a sequence of events sets up the question; it claims nothing. */
	private static final Pattern CONDITION = Pattern.compile("如果|要是|假如|假设|万一|倘若|若是|的话|以后|之后|后来|时候");

	/** A bare statement longer than this describes the matter rather than claiming a role or fact. */
	private static final int BARE_STATEMENT = 16;

	private static final Pattern SOFT_TAG = Pattern.compile("(嘛|哈|啊|呀|哦)[？?。！!]*$");

	/** A lead that calls the claim wrong: 「不是。」「不能。」「不是只有……」「检察院不是生态修复管理人。」. */
	private static final Pattern WRONG = Pattern.compile("^(不是|不能|不只)|^[^。：:]{0,24}不是");

	/** A bare verdict, dropped before the statement: the correction says the fact, not the verdict. */
	private static final Pattern BARE = Pattern.compile("^(不是这样|不是|不能)[。，,：:]");

	/** Only the first few clauses may make up an opening claim. */
	private static final int MOST_CLAUSES = 3;

	/** The claim a message opens with, the question after it, and the lead calling the claim wrong. */
	record Opening(String claim, String later, ManagerRoles.Lead lead) {
	}

	private OpeningClaims() {
	}

	/**
	 * The correction an answer opens with (ending in a line break), or 「」 when the message opens with no claim a lead
	 * calls wrong, or when {@code shown} — the lead the answer already opens with — states it.
	 */
	static String correction(String message, Optional<ManagerRoles.Lead> shown, List<Chunk> chunks) {
		Optional<Opening> opening = wrong(message, chunks);
		if (opening.isEmpty()) {
			return "";
		}
		String lead = opening.get().lead().text().strip();
		String sentence = sentence(lead);
		String fact = sentence.substring(sentence.indexOf('：') + 1);
		// the answer already opens with the lead (the message was read as the claim), says its fact, or corrects the
		// same claim from the same sentences (「不是这样。文件没有规定认购碳汇就能免罪」 for 「……案子就撤了」)
		List<String> quoted = opening.get().lead().quotes().stream().map(ManagerRoles.Quote::sentence).toList();
		boolean said = shown.filter(s -> s.text().contains(lead.split("\n")[0]) || s.text().contains(fact.replaceFirst("[。，]$", ""))
				|| (WRONG.matcher(s.text()).find() && s.quotes().stream().map(ManagerRoles.Quote::sentence).anyMatch(quoted::contains)))
			.isPresent();
		return said ? "" : sentence + "\n";
	}

	/** The message's opening claim and the later question, when a settling lead calls the claim wrong. */
	static Optional<Opening> wrong(String message, List<Chunk> chunks) {
		String text = message.strip();
		Matcher m = BREAK.matcher(text);
		for (int clauses = 1; clauses <= MOST_CLAUSES && m.find(); clauses++) {
			String opening = text.substring(0, m.start()).strip();
			String later = text.substring(m.end()).strip();
			if (opening.isEmpty()) {
				clauses--;
				continue;
			}
			if (ASKS_CONTENT.matcher(opening).find()) {
				return Optional.empty(); // the message asks from its first clauses on
			}
			if (later.codePointCount(0, later.length()) < 4 || !MessageTails.ASKING.matcher(later).find()) {
				continue;
			}
			Optional<ManagerRoles.Lead> lead = asClaim(opening)
				.flatMap(claim -> Leads.settling(claim, chunks).or(() -> ManagerRoles.lead(claim, chunks)));
			if (lead.isPresent()) {
				// a right claim, or one the lead only qualifies, adds nothing
				return WRONG.matcher(lead.get().text()).find() ? Optional.of(new Opening(opening, later, lead.get()))
						: Optional.empty();
			}
		}
		return Optional.empty();
	}

	/**
	 * The opening as a claim the leads read — the asker's body by its name, a bare statement as a tag question — or
	 * empty when it claims nothing.
	 */
	static Optional<String> asClaim(String opening) {
		String claim = OWN_VILLAGE.matcher(opening).replaceAll("村委会");
		claim = OWN_COMPANY.matcher(claim).replaceAll("金森公司");
		claim = OWN.matcher(claim).replaceAll("");
		// 「……主管部门嘛」「……管理人哈」: a soft tag is the 吧 the leads read
		claim = SOFT_TAG.matcher(claim).replaceFirst("吧");
		if (MARKED.matcher(claim).find()) {
			return Optional.of(claim);
		}
		// 「检察院是矿山修复的协作方 协作方要干啥」: a short bare statement of who is what is a claim too; a condition
		// (「要是案子撤了」) or the asker's story (「在公安侦查阶段就认购了碳汇」) is not
		boolean statement = STATEMENT.matcher(claim).find() && !CONDITION.matcher(claim).find()
				&& claim.codePointCount(0, claim.length()) <= BARE_STATEMENT;
		return statement ? Optional.of(claim + "吧") : Optional.empty();
	}

	/**
	 * 「不是。X。……」 → 「先说明：X。」; a verdict that says more than 不是 is kept: 「不是强制的。X。」 → 「先说明：不是强制的，X。」.
	 * One sentence of the lead, so the answer to the later question still leads.
	 */
	static String sentence(String lead) {
		String t = lead.strip();
		String head = "";
		Matcher bare = BARE.matcher(t);
		if (bare.lookingAt()) {
			t = t.substring(bare.end());
		}
		else {
			int stop = t.indexOf('。');
			if (stop > 0 && stop <= 16 && stop + 1 < t.length()) {
				head = t.substring(0, stop) + "，";
				t = t.substring(stop + 1);
			}
		}
		int end = t.indexOf('。');
		String first = end < 0 ? t + "。" : t.substring(0, end + 1);
		return "先说明：" + head + first;
	}

}
