package cn.jiangle.ecojustice.knowledge;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions that put a claim up for confirmation (「听说……是吧」「……真的假的」「……是这样吗」) carry the claimant's
 * words: a word of the premise the documents never use (奖金, 全国, 材料, 盖章) does not make the matter unstated when
 * the clauses state what the claim is about — the use of the money, the rank, how the acceptance is done, which paper
 * the buyer gets, who sealed a document. The answer then quotes the clause that settles the claim instead of saying
 * 「文件没有规定」. A claim that something exists (「听说干劳役有补贴，是真的吗」) is not settled by any of these and
 * stays unstated.
 */
final class PremiseClaims {

	/** Who said it: 听说, 听人家讲, 村里人讲, 据说, 有人说 … */
	private static final Pattern HEARD = Pattern
		.compile("听说|听人(说|讲|家)|听讲|听别人|听[^，,。？?！!]{1,6}(说|讲)|据说|有人(说|讲|传|讲过|说过)|(都|在|到处)传|传说|人家说|人家讲|别人(说|讲)|都说|传言|网上说|人讲(?=[^，,。？?]{0,2}(可以|能|是|要|就))");

	/** A tag asking to confirm what was said before it. */
	private static final Pattern CONFIRM = Pattern.compile(
			"(是吧|对吧|(?<![好行])吧|是这样吗|是这样吧|是这样的吗|是这样不|真的假的|是真的吗|是不是真的|真的吗|对不对|没错吧|是不是这样|不是吗)[?？!！。\\s]*$");

	/** 「钱是给法院发奖金用的」: the use the claim gives to money. */
	private static final Pattern CLAIMED_USE = Pattern
		.compile("(钱|基金|资金|款|经费)[^，,。？?]{0,8}(给|发|拿去|拿来|用来|用于|用在|用作|花在|花到|用到|用途)");

	/** A clause stating what money is for. */
	private static final Pattern STATED_USE = Pattern.compile("用途|专款专用");

	/** 「全国第一个」「唯一的」: a rank, which a clause saying 全省首个 settles. */
	private static final Pattern CLAIMED_RANK = Pattern.compile("第一个|第一家|第一批|头一个|首个|首家|首批|首创|唯一|最早|最先");

	private static final Pattern STATED_RANK = Pattern.compile("首个|首家|首批|首创|第一|唯一");

	/** 「不去现场」「不用听汇报」: a part of the claim denying what a clause may say is done. */
	private static final Pattern DENIED = Pattern
		.compile("(?:不|没|没有|无需|无须|不用|不必|不需要|不会)(?:用|要|需要|会)?(?:去|到|经过|进行|搞|做|看|听|走|下)([^不没，,。？?！!\\s]{2,4})");

	/** 「证明材料」「凭证」: a generic name for the paper a step earns, which 证明书 or 碳汇积分 names. */
	private static final Pattern PAPER_WORD = Pattern.compile("材料|证明文件|文件|凭证|证明");

	/** 「公安局也盖章了吗」: whether a body sealed or signed a document — its header names the issuers. */
	private static final Pattern BODY_SEALED = Pattern.compile(
			"(法院|检察院|公安局?|林业局|自然资源局|政府|金森|公司|村委会?)(也|都|有没有|是否|到底)?(盖|签|盖章|盖了章|签字|签了字|签名|盖印|用印)");

	/** A claim and the word of a clause that says the opposite: 硬性摊派 against 自愿认购, 挪作他用 against 专款专用. */
	private record Contrary(Pattern claimed, Pattern stated) {
	}

	private static final List<Contrary> CONTRARIES = List.of(
			new Contrary(Pattern.compile("强制|硬性|摊派|强迫|逼|硬要|非买不可|必须买|一定要买|不买不行"), Pattern.compile("自愿")),
			new Contrary(Pattern.compile("挪|随便(用|花)|乱(用|花)|私用|私分|干别|别的|他用|其他用途|别处"),
					Pattern.compile("专款专用")));

	/**
	 * Claims a message may make outright (「认购碳汇是强制的」「碳中和一两年就能搞完，是个小工程」) and the words of a clause
	 * saying the opposite: the coercion against 自愿认购, a short or small undertaking against 时间久的系统性工程.
	 */
	private static final List<Contrary> CLAIMS_CONTRADICTED = List.of(CONTRARIES.get(0),
			new Contrary(Pattern.compile("[一两三几半]两?(年|个月)(就|便|能|可以|内|之内|以内)|一年半载|很快|马上|一下子|短期|没多久|不用多久|小工程|小项目|小事|简单的事|容易的事|不难"),
					Pattern.compile("时间久|长期|系统性工程|持久")));

	private PremiseClaims() {
	}

	/**
	 * Whether a message that asks nothing else puts forward a claim the clauses contradict (「听说碳中和一两年就能搞完，
	 * 真的假的」「认购碳汇是强制的，不买就从重判」): the contradicting clause settles it, so nothing is left unstated.
	 */
	static boolean claimContradicted(String q, List<String> relevant) {
		return CLAIMS_CONTRADICTED.stream()
			.anyMatch(c -> c.claimed().matcher(q).find() && relevant.stream().anyMatch(t -> c.stated().matcher(t).find()));
	}

	/**
	 * Whether the clauses state the opposite of what a yes/no question puts forward (「碳汇认购算不算硬性摊派」 is
	 * answered by 自愿认购): the documents settle it, whatever word the question uses.
	 */
	static boolean contraryStated(String slot, List<String> relevant) {
		return CONTRARIES.stream()
			.anyMatch(c -> c.claimed().matcher(slot).find()
					&& relevant.stream().anyMatch(t -> c.stated().matcher(t).find()));
	}

	/** Whether the normalised question reports a claim for confirmation. */
	static boolean heard(String q) {
		return HEARD.matcher(q).find() || CONFIRM.matcher(q).find();
	}

	/**
	 * Whether the clauses settle the matter {@code word} names in the question, so that its absence from them is no
	 * gap: the question claims (or asks) a rank, a use of money, a denied step, the paper a step earns, or a
	 * document's seal, and the relevant clauses state that very thing.
	 */
	static boolean settled(String q, String word, AskedFor asked, List<String> relevant) {
		String best = relevant.get(0);
		if (CLAIMED_RANK.matcher(q).find() && STATED_RANK.matcher(best).find()) {
			return true;
		}
		if (PAPER_WORD.matcher(word).find() && asked.focus() == AskedFor.Focus.PAPER && asked.focus().answeredBy(best)) {
			return true;
		}
		if (BODY_SEALED.matcher(q).find() && Issuers.documentNamed(q).isPresent()) {
			return true;
		}
		if (!heard(q)) {
			return false;
		}
		if (CLAIMED_USE.matcher(q).find() && relevant.stream().anyMatch(t -> STATED_USE.matcher(t).find())) {
			return true;
		}
		return deniesStated(q, word, relevant);
	}

	/** 「就看看材料不去现场」: the claim denies a step (现场) the clauses say is taken. */
	private static boolean deniesStated(String q, String word, List<String> relevant) {
		Matcher m = DENIED.matcher(q);
		while (m.find()) {
			String denied = m.group(1);
			if (denied.contains(word) || word.contains(denied)) {
				continue; // 「不用交押金」 denies the very thing the documents never name
			}
			for (int i = 0; i + 2 <= denied.length(); i++) {
				String pair = denied.substring(i, i + 2);
				if (relevant.stream().anyMatch(t -> t.contains(pair))) {
					return true;
				}
			}
		}
		return false;
	}

	/** 「是金森随便开价的吧」「价格是公司自己定的」: a claim about who or what sets a price, not how much it is. */
	private static final Pattern CLAIMED_PRICE_SETTING = Pattern
		.compile("(随便|随意|任意|乱|想咋|想怎么)(开|定|要|喊|标|报)(的)?(价|价钱|价格)?|想(给|出|交|付|买|掏|花)多少[^，,。？?]{0,4}就(给|出|交|付|买|掏|花)多少|(随便|随意|少)(给|出|交|付|买|掏)(点|些|一点|一些)|意思一下|看着给|(给|出|交|买)多少都(行|可以|成)|(自己|自个)(开|定|标|报)(的)?(价|价钱|价格)|说了算|漫天要价|(开|定|喊|要)(的)?价|(价|价钱|价格)[^，,。？?]{0,8}(自己|随便|随意|任意)(定|开|说|来)");

	/** A clause saying what the price follows: 「按照碳汇交易指导价格」. */
	private static final Pattern STATED_PRICE_BASIS = Pattern.compile("(按照|依照|根据|参照|按)[^，,。；;]{0,10}(价格|价)|指导价");

	/**
	 * Whether the question claims how a price is set (「多少钱一吨是金森随便开价的吧」) and the clauses say what it follows:
	 * the claim is settled by 「按照碳汇交易指导价格」, though no amount is stated. A bare 「多少钱一吨」 or a claimed
	 * amount (「一吨两百块是吧」) is not.
	 */
	static boolean priceSettingSettled(String q, List<String> relevant) {
		return CLAIMED_PRICE_SETTING.matcher(q).find() && relevant.stream().anyMatch(t -> STATED_PRICE_BASIS.matcher(t).find());
	}

	/**
	 * Whether a claimed sentencing outcome is settled by the clauses: 「听说买了碳汇就免罪了是吧」 is answered by what
	 * they do say of legal effect (酌情从轻), as a correction, not as a matter left unstated.
	 */
	static boolean outcomeSettled(String q, List<String> relevant) {
		return heard(q) && relevant.stream().anyMatch(t -> t.contains("量刑") || t.contains("视为已履行"));
	}

}
