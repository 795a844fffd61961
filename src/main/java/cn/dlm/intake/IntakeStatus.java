package cn.dlm.intake;

/**
 * A cycle's online intake as the office sees it: whether the link takes opinions now, the link and its QR code
 * (PNG, for printing on the questionnaire), until when, and how many opinions it has brought in.
 */
record IntakeStatus(String businessKey, boolean open, String link, String qrCode, String validUntil, int received) {}
