package cn.jiangle.ecojustice.db.labour;

import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.db.Actor;

import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 技术打卡: a location and a photo, in either order, within {@link CheckInRules#pairWindow()} of each other, make one
 * day's check-in. A part is validated on arrival (plan confirmed, plan day and daily window, inside the site's radius,
 * photo size, not yet checked in that day) and refused parts are not stored; an accepted part waits in the database
 * (so the other part may arrive on any node) until its pair completes it. Photos and coordinates are sealed at rest;
 * the photo's SHA-256 goes to the ledger. The party's file row is locked, so two nodes completing the same day's
 * check-in record exactly one (the unique key party + day guarantees it too).
 */
public class CheckIns {

	CheckIns() {
	}

	/**
	 * A location part (WGS-84 degrees) received at {@code at}; completes the check-in when a photo is pending (event
	 * {@link CheckedIn}).
	 * @param actor the party's bound WeChat user ({@code new Actor(externalUserId)}) or the system
	 * @throws NoLabourPlan, PlanNotConfirmed, OutsidePlanPeriod, OutsideCheckInWindow, OutsideSite,
	 * AlreadyCheckedInToday, PathNotLabour, CoordinatesInvalid, cn.jiangle.ecojustice.db.restoration.CaseClosed,
	 * cn.jiangle.ecojustice.db.restoration.NotAHandlingOfficer (another user)
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public CheckInPart location(long partyId, double latitude, double longitude, Instant at, Actor actor) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/**
	 * A photo part received at {@code at}; completes the check-in when a location is pending (event
	 * {@link CheckedIn}).
	 * @param contentType {@code image/*}
	 * @throws PhotoTooLarge, NotAPhoto, NoLabourPlan, PlanNotConfirmed, OutsidePlanPeriod, OutsideCheckInWindow,
	 * AlreadyCheckedInToday, PathNotLabour, cn.jiangle.ecojustice.db.restoration.CaseClosed,
	 * cn.jiangle.ecojustice.db.restoration.NotAHandlingOfficer (another user)
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public CheckInPart photo(long partyId, byte[] image, String contentType, Instant at, Actor actor) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/** @throws CheckInNotFound */
	@Transactional(readOnly = true)
	public CheckIn get(long checkInId) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/** The party's check-ins, oldest day first, with their confirmed work. */
	@Transactional(readOnly = true)
	public List<CheckIn> ofParty(long partyId) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/**
	 * The check-in's photo, unsealed.
	 * @throws CheckInNotFound
	 */
	@Transactional(readOnly = true)
	public byte[] photo(long checkInId) {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

	/** The rules in force (the bot's {@link CheckInRules} bean, else the defaults). */
	public CheckInRules rules() {
		throw new UnsupportedOperationException("labour-db: body lands next");
	}

}
