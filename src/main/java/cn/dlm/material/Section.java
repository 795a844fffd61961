package cn.dlm.material;

/** The parts of a material, in the order they are written. */
enum Section {
  /** Before the first heading: addressees, the basis of the review, "现对照检查如下". */
  PREAMBLE,
  /** 存在的问题. */
  PROBLEMS,
  /** 原因剖析 / 根源分析. */
  CAUSES,
  /** 整改措施 / 努力方向. */
  MEASURES,
  /** Any other numbered part, e.g. 上年度整改落实情况: not parsed. */
  OTHER
}
