package cn.jiangle.ecojustice.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a pinyin keyboard offers for the mechanism's words when the asker picks the wrong candidate (碳会 for 碳汇, 劳逸
 * for 劳役), and dialect words typed as spoken (莫得 for 没有, 咋整 for 怎么办). Each is no word of its own in these
 * matters, so it is corrected before anything reads the question; a thesaurus synonym would only be searched beside
 * it, and the unknown word would still count against the question.
 */
final class Typos {

	private static final Map<Pattern, String> CORRECTIONS = new LinkedHashMap<>();

	static {
		CORRECTIONS.put(Pattern.compile("碳会|碳惠|炭汇|探汇|叹汇|碳荟"), "碳汇");
		// 劳逸结合 is a word of its own
		CORRECTIONS.put(Pattern.compile("劳逸(?!结合)|牢役|劳义|老役|劳疫"), "劳役");
		CORRECTIONS.put(Pattern.compile("代尝|带偿|待偿|代常"), "代偿");
		CORRECTIONS.put(Pattern.compile("金淼|金深(?=碳汇|公司)|金林(?=碳汇)"), "金森");
		CORRECTIONS.put(Pattern.compile("管理仁|管里人"), "管理人");
		CORRECTIONS.put(Pattern.compile("核消(?!费)"), "核销");
		// homophones a voice keyboard writes for the places and roles of these documents
		CORRECTIONS.put(Pattern.compile("谈汇|谈会(?!议)|碳回|碳绘|炭会|探会|碳慧|碳卉|碳灰"), "碳汇");
		CORRECTIONS.put(Pattern.compile("劳一(?=代|带|待)|劳亿|劳益(?=代|带)"), "劳役");
		CORRECTIONS.put(Pattern.compile("竹州|竹洲|竹周|朱舟|竹粥"), "竹舟");
		CORRECTIONS.put(Pattern.compile("枇杷丘|皮爬丘|琵琶秋|枇杷秋|琵琶邱|枇杷邱"), "琵琶丘");
		CORRECTIONS.put(Pattern.compile("莫源|漠原|莫原|墨源"), "漠源");
		CORRECTIONS.put(Pattern.compile("陪沈员|陪审圆|赔审员|陪神员|陪身员"), "陪审员");
		CORRECTIONS.put(Pattern.compile("万泉乡|万权乡"), "万全乡");
		CORRECTIONS.put(Pattern.compile("长口村|常扣村|常口寸"), "常口村");
		CORRECTIONS.put(Pattern.compile("江乐县|姜乐县"), "将乐县");
		CORRECTIONS.put(Pattern.compile("合销|和销"), "核销");
		CORRECTIONS.put(Pattern.compile("任购|认构|人购"), "认购");
		CORRECTIONS.put(Pattern.compile("烂伐|滥罚|烂罚"), "滥伐");
		CORRECTIONS.put(Pattern.compile("道伐|盗罚"), "盗伐");
		CORRECTIONS.put(Pattern.compile("莫得|么得|冇得|没得(?=钱|人|办法)"), "没有");
		CORRECTIONS.put(Pattern.compile("咋整|咋弄|咋搞|咋个办|咋个整"), "怎么办");
		CORRECTIONS.put(Pattern.compile("啥子"), "什么");
	}

	private Typos() {
	}

	static String corrected(String question) {
		String q = question;
		for (Map.Entry<Pattern, String> e : CORRECTIONS.entrySet()) {
			q = e.getKey().matcher(q).replaceAll(e.getValue());
		}
		return q;
	}

}
