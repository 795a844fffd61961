package cn.dlm.material;

/**
 * One non-blank paragraph of a material, with a width-folded twin of the same length in which
 * full-width ASCII forms (（）．：；１) read as their half-width ones; detection looks at the folded
 * twin, output is cut from the text as written.
 */
record Line(String text, String folded) {

  static Line of(String text) {
    return new Line(text, fold(text));
  }

  Line from(int index) {
    return new Line(text.substring(index), folded.substring(index));
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= '\uFF01' && c <= '\uFF5E') {
        chars[i] = (char) (c - 0xFEE0);
      } else if (c == '〔' || c == '【') {
        chars[i] = '(';
      } else if (c == '〕' || c == '】') {
        chars[i] = ')';
      }
    }
    return new String(chars);
  }
}
