package cn.jiangle.ecojustice.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * 「修矿山的钱是直接打到村里平常那个大账上吧」「钱是法院直接打给施工队吧」 claim where the mine's restoration money goes. The agreement settles it:
 * a special account (专项账户) is set up and approved funds are paid into it. A claim naming another account is
 * corrected, one naming the special account confirmed; the sentence is quoted either way.
 */
final class MineAccounts {

	private static final String D4 = "将法〔2024〕4号";

	private static final String PHRASE = "获得批准后申请的款项拨至专项账户";

	private static final Pattern ACCOUNT = Pattern.compile("账户|账上|账里|大账|账号|户头|卡上|卡里|存折|[^对查]账");

	private static final Pattern PAID_IN = Pattern.compile("打|拨|进|存|转|放|汇|到");

	/** 「钱是法院直接打给施工队」: money said to be paid to someone rather than into an account. */
	private static final Pattern PAID_TO = Pattern.compile("(打|拨|转|汇|划)给");

	private static final Pattern MINE_MONEY = Pattern.compile("矿山|修复款|修复资金|修复费|修复的钱|修的钱|村委|竹舟|吴地|万全");

	private static final Pattern MONEY = Pattern.compile("钱|款|资金|经费|费用");

	private static final Pattern SPECIAL = Pattern.compile("专项|专户|专用账|单独(的|开)?(账|户)|单设");

	private static final Pattern OTHER_ACCOUNT = Pattern.compile("平常|平时|原来|原有|大账|村里的账|村账|集体|个人|私人|自己的?(账|卡)|乡里|乡政府|法院的?账|财政|施工队|施工方|随便");

	private static final Pattern CLAIM = Pattern.compile("吧|吗|么|是不是|对不对|对吧|是吧|没错|听说|就行|的[？?]$");

	/** How long, how much, who or how: the account is not what is asked. */
	private static final Pattern OTHER = Pattern.compile("几|多久|多少|多长|什么时候|啥时候|哪天|工作日|谁|怎么|如何|利息|手续费|密码|退|还回|要回|收回|追回|返还");

	private MineAccounts() {
	}

	static Optional<ManagerRoles.Lead> lead(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		boolean paid = ACCOUNT.matcher(q).find() && PAID_IN.matcher(q).find() || PAID_TO.matcher(q).find() && MONEY.matcher(q).find();
		if (!paid || !MINE_MONEY.matcher(q).find()
				|| q.contains("碳汇") || OTHER.matcher(q).find()) {
			return Optional.empty();
		}
		Optional<ManagerRoles.Quote> quote = ManagerRoles.find(chunks, D4, PHRASE);
		if (quote.isEmpty()) {
			return Optional.empty();
		}
		boolean claim = CLAIM.matcher(q).find();
		String verdict = !claim ? "" : SPECIAL.matcher(q).find() ? "是。" : OTHER_ACCOUNT.matcher(q).find() ? "不是。" : "";
		String lead = verdict + "矿山修复资金进专项账户：管理人按流程申请修复资金，获得批准后款项拨至专项账户，专款专用。";
		return Optional.of(new ManagerRoles.Lead(lead, List.of(quote.get()), List.of(D4)));
	}

}
