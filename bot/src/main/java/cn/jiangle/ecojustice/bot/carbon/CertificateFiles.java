package cn.jiangle.ecojustice.bot.carbon;

import cn.jiangle.ecojustice.bot.documents.CertificatePdf;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.restoration.Certificate;

import org.springframework.stereotype.Component;

/** The 认购碳汇证明书 as a PDF file reply, rendered from the restoration file's record each time it is asked for. */
@Component
class CertificateFiles {

	Reply.File pdf(Certificate certificate) {
		return new Reply.File("认购碳汇证明书-" + certificate.number() + ".pdf",
				CertificatePdf.render(CertificateTexts.view(certificate)));
	}

}
