package cn.jiangle.ecojustice.bot.carbon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.bot.documents.CertificateView;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.OfficerCommand;
import cn.jiangle.ecojustice.bot.officers.Permissions;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.restoration.Certificate;
import cn.jiangle.ecojustice.db.restoration.Certificates;

import org.springframework.stereotype.Component;

/**
 * 核验证书 编号 [校验码 XXXXXX]: any officer checks a 认购碳汇证明书 number (typed, or pasted from the certificate's QR
 * code, which carries a check code); the details come from the restoration file, and the certificate itself, as a
 * PDF, goes to officers who may see its case.
 */
@Component
class CertificateVerification implements OfficerCommand {

	static final String WORD = CertificateView.VERIFY_COMMAND;

	private static final Pattern ARGUMENTS = Pattern
		.compile("^([A-Za-z0-9][A-Za-z0-9-]{0,39})(?:\\s+校验码\\s*([0-9A-Fa-f]{6}))?$");

	private static final String USAGE = "请发送「核验证书 编号」，如「核验证书 JLTH-2026-000123」；"
			+ "也可直接粘贴证明书二维码中的文字。";

	private final Certificates certificates;

	private final Cases cases;

	private final CertificateFiles files;

	CertificateVerification(Certificates certificates, Cases cases, CertificateFiles files) {
		this.certificates = certificates;
		this.cases = cases;
		this.files = files;
	}

	@Override
	public Action action() {
		return Action.VERIFY_CERTIFICATE;
	}

	@Override
	public String usage() {
		return "核验证书 编号";
	}

	@Override
	public String summary() {
		return "核验认购碳汇证明书的真伪、金额、吨数和核销状态";
	}

	@Override
	public boolean matches(String text) {
		return OfficerCommand.startsWithWord(text, WORD);
	}

	@Override
	public List<Reply> run(Officer officer, String text, long eventId) {
		String arguments = OfficerCommand.arguments(text, WORD);
		if (arguments.isEmpty()) {
			return List.of(new Reply.Text(USAGE));
		}
		Matcher parsed = ARGUMENTS.matcher(arguments);
		if (!parsed.matches()) {
			return List.of(new Reply.Text("「" + Commands.quote(arguments) + "」不是证明书编号。" + USAGE));
		}
		String number = parsed.group(1).toUpperCase(Locale.ROOT);
		Optional<Certificate> found = certificates.verify(number);
		if (found.isEmpty()) {
			return List.of(new Reply.Text("❌ 未查到编号为 " + number + " 的认购碳汇证明书：本系统没有出具过该编号的证明书。"
					+ "请核对编号；如编号无误，该证明书不可采信。"));
		}
		Certificate certificate = found.get();
		StringBuilder reply = new StringBuilder();
		String checkCode = parsed.group(2);
		if (checkCode != null && !checkCode.equalsIgnoreCase(CertificateView.checkCode(certificate.number(),
				certificate.amount(), certificate.tonnes(), certificate.issuedAt()))) {
			reply.append("⚠️ 校验码不符：该二维码与系统记录的证明书内容不一致，所持证明书可能被改动，请勿采信，"
					+ "并以下列系统记录为准：\n");
		}
		else {
			reply.append("✅ 证明书有效").append(checkCode == null ? "" : "，校验码相符").append("。\n");
		}
		reply.append(CertificateTexts.details(certificate));
		List<Reply> replies = new ArrayList<>();
		Optional<Case> ofCase = cases.find(certificate.caseId());
		if (ofCase.isPresent() && Permissions.STANDARD.allows(officer, Action.VIEW_CASE, ofCase.get())) {
			replies.add(new Reply.Text(reply.append("\n证明书文件见下。").toString()));
			replies.add(files.pdf(certificate));
		}
		else {
			replies.add(new Reply.Text(reply.append("\n（证明书文件仅向可查阅该案的工作人员提供。）").toString()));
		}
		return replies;
	}

}
