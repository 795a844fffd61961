package cn.dlm.intake;

import cn.dlm.platform.FeatureApi;

/**
 * The online opinion intake (网上征求意见) as the cycle's model and the intake name its variables: all of them local
 * to the office's 汇总征求意见 task (docs/process-variables.md). Json shape of {@link #STATE}:
 * {@code {openedBy, openedAt, received, closedAt}}.
 */
@FeatureApi
public final class IntakeContract {

  /** The link's unguessable token; kept when the intake closes, so that reopening revives the same link. */
  public static final String TOKEN = "intakeToken";
  public static final String STATE = "intakeState";
  /** The line the form shows: closed, or the link, QR code, deadline and count while open. */
  public static final String NOTICE = "intakeNotice";
  /** The count of opinions received when the form was opened; the form sends it back. */
  public static final String SEEN = "intakeSeen";

  private IntakeContract() {}
}
