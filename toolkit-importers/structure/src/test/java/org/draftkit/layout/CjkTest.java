package org.draftkit.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CjkTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "国家管辖范围 | 以外区域   | true",
        "原则和方法   | ：         | true",
        "（一         | ）         | true",
        "第（三       | ）款       | true",
        "缔约方       | “BBNJ”     | true",
        "第           | 2 条       | false",
        "of the       | Agreement  | false",
        "BBNJ         | 标准化     | false",
        "“BBNJ”       | 标准化     | true",
        "。           | （一）     | true",
        "ends */      | 〈 Skip    | false",
      })
  void chineseJoinsSolidOtherScriptsKeepTheirSpace(String before, String after, boolean solid) {
    assertEquals(solid, Cjk.joinsSolid(before, after));
  }
}
