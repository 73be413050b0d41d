package cn.jiangle.ecojustice.knowledge;

import java.util.List;
import java.util.Optional;

import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * The leads the answer may open with, in the order they are tried: claims the documents settle, facts they leave out
 * though they name their subject, and facts they state in one known place.
 */
final class Leads {

	private Leads() {
	}

	/**
	 * A lead that settles the question whatever words its premise uses: a claim about who holds a role, what buying
	 * carbon sinks brings or pays, whom a manager answers to, a use of the fund, a township, where a site lies, whether a path is imposed, where the mine's money
	 * goes, whether a body issued a document, a document's 文号, title, seals and attachments, what a designation rests on.
	 */
	static Optional<ManagerRoles.Lead> settling(String question, List<Chunk> chunks) {
		// where the mine's money is paid in is settled by the account clause before any claim about who approves it
		return MineAccounts.lead(question, chunks)
			.or(() -> RoleClaims.lead(question, chunks))
			.or(() -> Affiliations.lead(question, chunks))
			.or(() -> OutcomeClaims.lead(question, chunks))
			.or(() -> FundUses.lead(question, chunks))
			.or(() -> CarbonPayments.lead(question, chunks))
			.or(() -> Townships.lead(question, chunks))
			.or(() -> Sites.lead(question, chunks))
			.or(() -> Voluntariness.lead(question, chunks))
			.or(() -> Issuers.lead(question, chunks))
			.or(() -> DocumentNames.claimedNumber(question, chunks))
			.or(() -> DocumentNames.title(question, chunks))
			.or(() -> DocumentNames.whatPaper(question, chunks))
			.or(() -> Closings.seals(question, chunks))
			.or(() -> Closings.attachments(question, chunks))
			.or(() -> DocumentBasis.matter(question, chunks));
	}

	/** A fact the documents leave out though they name its subject: a place's township, the day a document was issued. */
	static Optional<ManagerRoles.Lead> unstated(String question, List<Chunk> chunks) {
		return Townships.unnamed(question, chunks).or(() -> DocumentNames.undated(question, chunks));
	}

	/**
	 * A lead for what the documents state in one known place — an agency's part in a path, a document's issuers, the
	 * crimes that may take the carbon path, where carbon sinks are bought,
	 * what a document rests on and what it aims at, a few facts asked most —
	 * which answers even when search doubts the question.
	 */
	static Optional<ManagerRoles.Lead> stated(String question, List<Chunk> chunks) {
		return Issuers.lead(question, chunks)
			.or(() -> DocumentNames.number(question, chunks))
			.or(() -> DocumentBasis.lead(question, chunks))
			.or(() -> Purposes.lead(question, chunks))
			.or(() -> BodyParts.lead(question, chunks))
			.or(() -> CaseTypes.lead(question, chunks))
			.or(() -> CaseTypes.labour(question, chunks))
			.or(() -> PurchasePlace.lead(question, chunks))
			.or(() -> KeyFacts.lead(question, chunks));
	}

}
