package cn.jiangle.ecojustice.bot.projects;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.bot.conversation.FlowData;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.conversation.Outcome;
import cn.jiangle.ecojustice.bot.conversation.Step;
import cn.jiangle.ecojustice.bot.conversation.StepContext;
import cn.jiangle.ecojustice.bot.messages.InboundMedia;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.MediaContent;
import cn.jiangle.ecojustice.bot.messages.MediaNotFetched;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.projects.AttachmentKind;
import cn.jiangle.ecojustice.db.projects.AttachmentsMissing;
import cn.jiangle.ecojustice.db.projects.ProjectsProperties;
import cn.jiangle.ecojustice.db.projects.TooManyAttachments;

/**
 * 支付申请's attachments: the liaison sends pictures and files (支付依据, 发票) in chat, one message each, and replies
 * 「完成」. Each is downloaded when it arrives ({@link InboundMedia#fetch(InboundMessage)}: with no transaction open)
 * to check it and take its name, type, size and SHA-256; only those and the media id are kept in the flow (the bytes
 * are fetched again when the request is submitted, and must hash the same). A reply 1/2/3 says what the last one is;
 * 「返回」 removes the last one, 「清空」 all of them.
 */
final class AttachmentStep implements Step<Officer> {

	static final String NAME = "attachments";

	static final String KEY = "attachments";

	private static final Set<String> DONE = Set.of("完成", "好了", "发完了", "已发送", "提交", "确认", "下一步");

	private static final Set<String> CLEAR = Set.of("清空", "重新上传", "重新发送");

	private final InboundMedia media;

	private final ProjectsProperties limits;

	AttachmentStep(InboundMedia media, ProjectsProperties limits) {
		this.media = media;
		this.limits = limits;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Reply> prompt(StepContext<Officer> context) {
		List<Map<String, String>> received = context.data().records(KEY);
		StringBuilder text = new StringBuilder();
		if (received.isEmpty()) {
			text.append("请发送支付依据、费用发票等材料：图片或文件（如PDF），可发送多份，每份不超过 ")
				.append(ProjectTexts.size(limits.attachmentMaxSize().toBytes())).append("。");
		}
		else {
			text.append("已收到 ").append(received.size()).append(" 份材料：");
			for (int i = 0; i < received.size(); i++) {
				Map<String, String> attachment = received.get(i);
				text.append('\n').append(i + 1).append(". ")
					.append(AttachmentKind.valueOf(attachment.get("kind")).label()).append(' ')
					.append(Commands.quote(attachment.get("fileName"))).append("（")
					.append(ProjectTexts.size(Long.parseLong(attachment.get("size")))).append("）");
			}
			text.append("\n最后一份如需更改类别，请回复 1 支付依据、2 发票、3 其他。可继续发送材料；回复「返回」删除最后一份，「清空」全部重发。");
		}
		text.append("\n全部发送后请回复「完成」。");
		return List.of(new Reply.Text(text.toString()));
	}

	@Override
	public String help(StepContext<Officer> context) {
		return "直接在对话中发送图片或文件（支付依据、费用发票等），每条消息一份；发完后回复「完成」。"
				+ "回复 1、2、3 可把最后一份改为支付依据、发票或其他；「返回」删除最后一份，「清空」全部删除。";
	}

	@Override
	public boolean takesMedia() {
		return true;
	}

	@Override
	public Outcome acceptMedia(StepContext<Officer> context, InboundMessage message) {
		List<Map<String, String>> received = context.data().records(KEY);
		if (received.size() >= limits.maxAttachments()) {
			throw new InputRejected(new TooManyAttachments(limits.maxAttachments()).getMessage());
		}
		MediaContent content;
		try {
			content = media.fetch(message);
		}
		catch (MediaNotFetched ex) {
			throw new InputRejected(ex.toSender());
		}
		String fileName = fileName(content.fileName());
		if (content.bytes().length == 0) {
			throw new InputRejected("材料“" + Commands.quote(fileName) + "”是空文件，请重新发送。");
		}
		if (content.bytes().length > limits.attachmentMaxSize().toBytes()) {
			throw new InputRejected("材料“" + Commands.quote(fileName) + "”超过大小上限（"
					+ ProjectTexts.size(limits.attachmentMaxSize().toBytes()) + "），请压缩或分开发送。");
		}
		Map<String, String> attachment = new LinkedHashMap<>();
		attachment.put("channel", message.channel().name());
		attachment.put("mediaId", message.mediaId());
		attachment.put("fileName", fileName);
		attachment.put("contentType", content.contentType());
		attachment.put("size", Integer.toString(content.bytes().length));
		attachment.put("sha256", sha256(content.bytes()));
		attachment.put("kind", guess(fileName).name());
		return Outcome.goTo(NAME, context.data().append(KEY, attachment));
	}

	@Override
	public Outcome accept(StepContext<Officer> context, String input) {
		String answer = Commands.normalise(input);
		List<Map<String, String>> received = context.data().records(KEY);
		if (DONE.contains(answer)) {
			if (received.isEmpty()) {
				throw new InputRejected(new AttachmentsMissing().getMessage());
			}
			return Outcome.proceed(context.data());
		}
		if (CLEAR.contains(answer)) {
			return Outcome.goTo(NAME, context.data().without(KEY));
		}
		AttachmentKind kind = kind(answer);
		if (kind != null) {
			if (received.isEmpty()) {
				throw new InputRejected("还没有收到材料，请先发送图片或文件。");
			}
			FlowData data = context.data().without(KEY);
			for (int i = 0; i < received.size(); i++) {
				Map<String, String> attachment = new LinkedHashMap<>(received.get(i));
				if (i == received.size() - 1) {
					attachment.put("kind", kind.name());
				}
				data = data.append(KEY, attachment);
			}
			return Outcome.goTo(NAME, data);
		}
		throw new InputRejected(received.isEmpty() ? "请直接发送图片或文件作为附件（支付依据、费用发票等）。"
				: "请继续发送图片或文件，或回复「完成」提交材料。");
	}

	private static AttachmentKind kind(String answer) {
		return switch (answer) {
			case "1", "支付依据" -> AttachmentKind.PAYMENT_BASIS;
			case "2", "发票", "费用发票" -> AttachmentKind.INVOICE;
			case "3", "其他" -> AttachmentKind.OTHER;
			default -> null;
		};
	}

	/** What a file is, from its name: 发票 for invoices, 支付依据 for contracts and settlements, else 其他. */
	static AttachmentKind guess(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.contains("发票") || name.contains("invoice") || name.contains("fapiao")) {
			return AttachmentKind.INVOICE;
		}
		if (name.contains("依据") || name.contains("合同") || name.contains("结算") || name.contains("验收单")
				|| name.contains("支付") || name.contains("contract")) {
			return AttachmentKind.PAYMENT_BASIS;
		}
		return AttachmentKind.OTHER;
	}

	/** The last path part, at most 100 characters: names come from the sender's device. */
	static String fileName(String raw) {
		String name = raw == null ? "" : raw.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.isEmpty()) {
			name = "附件";
		}
		return name.codePointCount(0, name.length()) > 100 ? name.substring(0, name.offsetByCodePoints(0, 100))
				: name;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
