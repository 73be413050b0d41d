package cn.jiangle.ecojustice.bot.labour;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import cn.jiangle.ecojustice.bot.chat.ChatIntegrationTest;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.labour.CheckInPart;
import cn.jiangle.ecojustice.db.labour.CheckIns;
import cn.jiangle.ecojustice.db.labour.LabourAcceptances;
import cn.jiangle.ecojustice.db.labour.LabourApplication;
import cn.jiangle.ecojustice.db.labour.LabourApplications;
import cn.jiangle.ecojustice.db.labour.LabourPlans;
import cn.jiangle.ecojustice.db.labour.WorkQuantities;
import cn.jiangle.ecojustice.db.obligations.LegalBasis;
import cn.jiangle.ecojustice.db.obligations.LegalBasisType;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistration.ObligationDraft;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;

import org.springframework.beans.factory.annotation.Autowired;

/** What the officers' labour tests share: a case on the 劳役代偿 path, an application, check-ins, the outbox. */
abstract class LabourChatTest extends ChatIntegrationTest {

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	Cases cases;

	@Autowired
	Parties parties;

	@Autowired
	LabourApplications applications;

	@Autowired
	LabourPlans plans;

	@Autowired
	CheckIns checkIns;

	@Autowired
	WorkQuantities work;

	@Autowired
	LabourAcceptances acceptances;

	@Autowired
	LabourProperties properties;

	@Autowired
	Outbox outbox;

	/** A case handled by {@code officers} whose one defendant owes {@code yuan} on the 劳役代偿 path; the party id. */
	long labourCase(String number, String name, String yuan, List<String> officers) {
		registrations.register(new CaseRegistration(
				new NewCase(CaseNumber.parse(number), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL, officers),
				List.of(new NewParty(name, null, null)),
				List.of(new ObligationDraft(0, Map.of(ObligationKind.SERVICE_LOSS, new BigDecimal(yuan)),
						new LegalBasis(LegalBasisType.JUDGMENT, number), RestorationPath.LABOUR_COMPENSATION))),
				Actor.SYSTEM);
		return parties.ofCase(cases.get(CaseNumber.parse(number)).id()).get(0).id();
	}

	/** The defendant's application, made for them by the handling officer {@code by}. */
	LabourApplication apply(long partyId, String by) {
		return applications.apply(partyId, "家庭困难，无力缴纳修复费用", Actor.officer(by));
	}

	/** A location then a photo at the default site, now; the completed check-in's id. */
	long checkIn(long partyId) {
		LabourProperties.Site site = properties.defaultSite();
		checkIns.location(partyId, site.latitude(), site.longitude(), clock.instant(), Actor.SYSTEM);
		CheckInPart part = checkIns.photo(partyId, photo(), "image/png", clock.instant(), Actor.SYSTEM);
		return part.completed().id();
	}

	List<String> sentTo(String userid) {
		return outbox.findByRecipient(Destination.APP_USER, userid).stream().map(OutboxEntry::body).toList();
	}

	static byte[] photo() {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 64; x++) {
			for (int y = 0; y < 48; y++) {
				image.setRGB(x, y, new Color(30 + x, 120 + y, 40).getRGB());
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

}
