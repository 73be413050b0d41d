package cn.jiangle.ecojustice.bot.messages;

/**
 * A location a user shared (WeChat's location message): personal data, stored sealed and never logged.
 *
 * @param latitude degrees, -90 to 90
 * @param longitude degrees, -180 to 180
 * @param label the place's name or address as the client describes it, or null
 */
public record Location(double latitude, double longitude, String label) {

	public Location {
		if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("coordinates out of range");
		}
	}

	@Override
	public String toString() {
		return "Location[…]";
	}

}
