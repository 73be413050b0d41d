package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A long voice message opens with a greeting and the asker's story and ends with the question: 「喂 我问一下啊 我家
 * 儿子砍了几棵树被抓了 村里人说……」. Words of the story the documents never use make search doubt the whole message;
 * the message is then searched again without its opening parts, longest tail first, so that the question is read with
 * as much of its context as search can bear.
 */
final class MessageTails {

	/** Only a message this long has an opening to drop. */
	private static final int LONG = 24;

	/** A tail shorter than this says too little to be searched alone. */
	private static final int SHORTEST = 6;

	private static final Pattern BREAK = Pattern.compile("[，,。！!？?；;、\\s]+");

	private MessageTails() {
	}

	/**
	 * Words that ask, in a message as typed: an opening holding one asks something itself and is never dropped, and a
	 * question after a checked claim ({@link LaterQuestions}) must hold one.
	 */
	static final Pattern ASKING = Pattern
		.compile("多少|多远|多久|几|谁|哪|什么|啥|怎么|怎样|如何|咋|吗|么|呢|是否|是不是|能不能|可不可以|有没有|要不要|会不会|[？?]");

	/** 「那个啥」「那啥」 only fill a pause while the asker finds the word. */
	private static final Pattern FILLER = Pattern.compile("那个啥|那啥");

	/** An opening that sets a condition or the asker's standing qualifies the question: 「如果验收不合格，……」「作为被告的律师，……」. */
	private static final Pattern QUALIFIES = Pattern.compile("如果|要是|假如|假设|万一|倘若|若是|的话|作为|身为|代表");

	/**
	 * The tails of {@link #of} whose dropped opening only tells a story or greets: a gap found there is not what the
	 * message asks, while a condition or the asker's standing is part of the question.
	 */
	static List<String> afterStory(String message) {
		String text = message.strip();
		return of(text).stream().filter(t -> !QUALIFIES.matcher(text.substring(0, text.length() - t.length())).find()).toList();
	}

	/** The asker or their family telling what happened. */
	private static final Pattern STORY = Pattern.compile("我|俺|咱|他们|儿子|女儿|孩子|老公|老婆|男人|媳妇|家里|家人|亲戚|邻居|上次");

	/** Whether a dropped part tells the asker's story rather than the matter asked about. */
	static boolean tellsStory(String part) {
		return STORY.matcher(part).find();
	}

	/**
	 * The message without one, two, … of its opening parts, longest first, as long as the parts dropped ask nothing
	 * (「碳汇一吨多少钱 我想给儿子买点」 keeps its opening); empty for a short message.
	 */
	static List<String> of(String message) {
		String text = message.strip();
		List<String> tails = new ArrayList<>();
		if (text.codePointCount(0, text.length()) < LONG) {
			return tails;
		}
		// 「那个啥」 is a filler, not a question
		Matcher asking = ASKING.matcher(FILLER.matcher(text).replaceAll(m -> "_".repeat(m.group().length())));
		int firstAsking = asking.find() ? asking.start() : text.length();
		Matcher m = BREAK.matcher(text);
		while (m.find() && m.end() <= firstAsking) {
			String tail = text.substring(m.end()).strip();
			if (tail.codePointCount(0, tail.length()) < SHORTEST) {
				break;
			}
			tails.add(tail);
		}
		return tails;
	}

}
