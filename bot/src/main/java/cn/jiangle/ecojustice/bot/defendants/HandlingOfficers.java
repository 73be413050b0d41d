package cn.jiangle.ecojustice.bot.defendants;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;

import org.springframework.stereotype.Component;

/** Tells the handling officers of a case something about its defendant, once per key and officer. */
@Component
class HandlingOfficers {

	private static final Logger log = LoggerFactory.getLogger(HandlingOfficers.class);

	private final Cases cases;

	private final Messenger messenger;

	HandlingOfficers(Cases cases, Messenger messenger) {
		this.cases = cases;
		this.messenger = messenger;
	}

	/** The case's number as officers know it, or its id when it is gone. */
	String caseNumber(long caseId) {
		return cases.find(caseId).map(found -> found.number().toString()).orElse("#" + caseId);
	}

	/** @return how many officers were told */
	int tell(long caseId, String text, IdempotencyKey key) {
		List<String> officers = cases.find(caseId).map(found -> found.officerUserids()).orElse(List.of());
		if (officers.isEmpty()) {
			log.warn("Case {} has no handling officer to tell ({})", caseId, key);
		}
		for (String userid : officers) {
			messenger.send(new Recipient.Officer(userid), List.of(new Reply.Text(text)),
					IdempotencyKey.of("officer-notice", key.value(), userid));
		}
		return officers.size();
	}

}
