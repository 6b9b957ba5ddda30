package dev.columndesk.service.demo;

import java.util.List;

/** The demo desk's magazines, authors and columns: our own words, in Korean and English. */
final class DemoColumns {

  private DemoColumns() {}

  record Author(String username, String penName, String bio) {}

  record DemoMagazine(String slug, String title, String description) {}

  record DemoColumn(
      String author,
      String magazine,
      int daysAgo,
      String title,
      String subtitle,
      String summary,
      List<String> tags,
      String approval,
      String body) {}

  static final List<Author> AUTHORS =
      List.of(
          new Author("writer", "최은결", "기술과 도시를 오가며 씁니다. 개발자로 십 년을 일했고, 지금은 책과 코드 사이에서 칼럼을 씁니다."),
          new Author(
              "writer2",
              "Will Hart",
              "A reporter turned columnist who moved to Seoul to learn Korean and stayed for the"
                  + " bookshops."));

  static final List<DemoMagazine> MAGAZINES =
      List.of(
          new DemoMagazine("기술과-사회", "기술과 사회", "코드와 알고리즘이 바꾸는 일상과 일터를 천천히 들여다봅니다."),
          new DemoMagazine("서울-산책", "서울 산책", "지하철과 골목, 서점과 시장에서 만난 서울의 얼굴들."),
          new DemoMagazine(
              "letters-from-seoul",
              "Letters from Seoul",
              "A newcomer's notes on the city, its language and its newsrooms."));

  static final List<DemoColumn> COLUMNS =
      List.of(
          new DemoColumn(
              "writer",
              "기술과-사회",
              21,
              "오픈소스는 누구의 것인가",
              "공유로 시작한 코드가 공공재가 되기까지",
              "전 세계 서버를 떠받치는 오픈 소스는 소수의 자원봉사자가 지키고 있다. 함께 쓰는 것을 함께 돌보는 방법을 묻는다.",
              List.of("오픈 소스", "공유", "개발자"),
              "논지가 분명합니다. 사례 하나만 더 보태면 좋겠지만 이대로 내도 좋습니다.",
              "<p>아침에 휴대전화를 켜는 순간부터 우리는 수백 개의 오픈 소스 프로젝트를 빌려 쓴다."
                  + " 운영체제의 핵심부, 암호화 라이브러리, 사진을 줄이는 작은 도구까지, 누군가 대가 없이 공개한 코드가"
                  + " 하루를 떠받친다.</p>"
                  + "<h2>보이지 않는 기반 시설</h2>"
                  + "<p>도로와 상수도처럼 오픈 소스도 기반 시설이 되었다. 다른 점이 있다면 관리 주체가 없다는 것이다."
                  + " 전 세계 기업이 의존하는 라이브러리를 퇴근 후의 개발자 두세 명이 지키는 일은 드물지 않다.</p>"
                  + "<blockquote>함께 쓰는 것은 함께 돌볼 때에만 오래간다.</blockquote>"
                  + "<h2>돌봄의 비용은 누가 내는가</h2>"
                  + "<p>해법은 거창하지 않아도 된다. 쓰는 만큼 보고하고, 고친 것은 되돌려 주고, 유지보수자에게 정기적으로 후원하는 것."
                  + " 공공기관이 조달 기준에 유지보수 기여를 넣는 것만으로도 풍경은 달라진다.</p>"
                  + "<ul><li>의존하는 프로젝트의 목록을 만든다.</li><li>가장 중요한 셋에 시간이나 돈을 보탠다.</li>"
                  + "<li>고친 버그는 반드시 상류로 보낸다.</li></ul>"
                  + "<p>오픈 소스는 누구의 것인가. 쓰는 모두의 것이고, 그래서 돌보는 일도 모두의 몫이다.</p>"),
          new DemoColumn(
              "writer",
              "기술과-사회",
              14,
              "인공지능 시대의 교정 원고",
              "기계가 문장을 다듬어도 편집자가 필요한 이유",
              "인공지능이 맞춤법과 문장을 고치는 시대에도 칼럼에는 편집자의 질문이 필요하다.",
              List.of("인공지능", "편집", "글쓰기"),
              "편집자의 일을 잘 설명해 주셨네요. 승인합니다.",
              "<p>요즘 원고는 대개 깨끗한 상태로 도착한다. 맞춤법 검사기와 인공지능 교정 도구가 띄어쓰기와 어색한 문장을 먼저"
                  + " 걸러 주기 때문이다. 그런데도 편집자의 빨간 펜은 줄지 않았다.</p>"
                  + "<h2>문장보다 먼저 묻는 것</h2>"
                  + "<p>좋은 편집자는 문장을 고치기 전에 묻는다. 이 글은 누구에게 하는 말인가, 근거는 충분한가, 제목이 약속한 것을"
                  + " 본문이 지키는가. 기계는 문장을 매끄럽게 만들지만, 글이 무엇을 주장하는지는 묻지 않는다.</p>"
                  + "<blockquote>교정은 문장을 고치고, 편집은 글을 고친다.</blockquote>"
                  + "<p>칼럼 데스크에서 편집자가 승인하는 것은 특정한 판본 하나다. 승인 뒤에 한 글자라도 바뀌면 다시 검토를 받는다."
                  + " 느려 보이지만, 독자가 읽는 문장이 누군가 책임지고 읽은 문장이라는 약속이다.</p>"
                  + "<p>인공지능은 훌륭한 조수다. 다만 마지막에 서명하는 사람은 여전히 사람이어야 한다.</p>"),
          new DemoColumn(
              "writer",
              "서울-산책",
              9,
              "2호선 첫차에서 읽는 칼럼",
              "출근길 사십 분이 만든 독서 습관",
              "순환선 2호선의 첫차는 서울에서 가장 조용한 도서관이다. 그 안에서 칼럼을 읽는 사람들을 만났다.",
              List.of("서울", "지하철", "읽기"),
              "현장감이 좋습니다. 마지막 문단이 특히 좋네요.",
              "<p>새벽 다섯 시 반, 2호선 첫차는 생각보다 붐빈다. 작업복 차림의 사람들, 밤샘 근무를 마친 간호사, 시험을 앞둔"
                  + " 학생들이 저마다 자리를 찾는다. 그리고 놀랍게도 꽤 많은 사람이 무언가를 읽고 있다.</p>"
                  + "<h2>짧은 글의 힘</h2>"
                  + "<p>한 정거장에 이 분, 칼럼 한 편은 대략 다섯 정거장이다. 긴 책은 부담스럽고 짧은 소식은 허전할 때, 한 사람의"
                  + " 생각이 온전히 담긴 칼럼은 출근길에 꼭 맞는 길이다.</p>"
                  + "<p>을지로입구에서 내리던 한 독자는 매일 같은 필자의 글을 기다린다고 했다. 화요일과 금요일 아침에만 올라오는"
                  + " 연재를 읽으면 한 주가 두 번 시작되는 기분이라고.</p>"
                  + "<blockquote>좋은 칼럼은 정거장 사이에 끝나고, 내린 뒤에도 이어진다.</blockquote>"
                  + "<p>순환선은 출발한 곳으로 돌아온다. 읽은 글도 그렇다. 저녁 퇴근길, 아침에 읽은 문장이 다시 떠오를 때 우리는"
                  + " 그 글을 한 번 더 읽은 셈이다.</p>"),
          new DemoColumn(
              "writer",
              "서울-산책",
              4,
              "골목 서점이 살아남는 법",
              "큐레이션, 모임, 그리고 주인의 취향",
              "대형 서점과 온라인 주문 사이에서 골목 서점들은 각자의 방식으로 살아남고 있다.",
              List.of("서울", "서점", "책"),
              "좋습니다. 서점 이름은 본인들 동의를 받으셨죠? 승인합니다.",
              "<p>망원동의 한 서점에는 책이 삼백 권뿐이다. 주인이 직접 읽고 고른 책만 둔다. 손님들은 베스트셀러 대신 주인이 붙여"
                  + " 놓은 손글씨 메모를 보고 책을 산다.</p>"
                  + "<h2>취향을 파는 가게</h2>"
                  + "<p>골목 서점이 파는 것은 책이라기보다 고르는 수고를 덜어 주는 믿음이다. 주인의 취향을 믿는 단골이 생기면,"
                  + " 가격 경쟁은 더 이상 중요하지 않다.</p>"
                  + "<ul><li>한 달에 한 번 여는 낭독 모임</li><li>동네 작가의 독립 출판물 진열대</li>"
                  + "<li>책 한 권과 커피 한 잔을 묶은 구독</li></ul>"
                  + "<p>서점이 사라진 동네는 조금 더 조용해진다. 골목 서점이 살아남는 법은 결국 동네가 그 서점을 필요로 하게 만드는"
                  + " 것이다.</p>"),
          new DemoColumn(
              "writer2",
              "letters-from-seoul",
              12,
              "Learning to Read Hangul on the Subway",
              "Twenty-four letters, one line at a time",
              "Hangul can be learned in an afternoon, they say. Reading station names at speed takes a"
                  + " little longer.",
              List.of("Korean", "reading", "Seoul"),
              "Lovely piece. Approved as submitted.",
              "<p>Everyone told me that Hangul could be learned in an afternoon. They were right about the"
                  + " letters and wrong about everything else. Knowing how to sound out 을지로입구 is not the"
                  + " same as recognising it before the doors close.</p>"
                  + "<h2>The subway as a classroom</h2>"
                  + "<p>Line 2 became my teacher. Every station name is announced, written in Hangul and spelled"
                  + " out in Latin letters, so each stop is a flash card with an answer key. After a month I"
                  + " stopped reading the English line first.</p>"
                  + "<blockquote>A script you can read in an afternoon still takes a season to live in.</blockquote>"
                  + "<p>The real reward came later: columns in Korean newspapers, read slowly, one eojeol at a"
                  + " time. Korean breaks lines between words, not inside them, and that small courtesy makes a"
                  + " learner's eye grateful.</p>"),
          new DemoColumn(
              "writer2",
              "letters-from-seoul",
              2,
              "Why Newsrooms Still Need Editors",
              "Four eyes, one signature",
              "Software can check spelling and even suggest a headline. It cannot take responsibility for"
                  + " what a column claims.",
              List.of("editing", "media", "newsroom"),
              "Agreed on every point. Publish it.",
              "<p>In my first newsroom, nothing went out unless a second person had read it. The rule"
                  + " annoyed me for about a week, until an editor caught a number I had copied wrong from my"
                  + " own notes.</p>"
                  + "<h2>The four-eyes rule</h2>"
                  + "<p>The rule is simple: nobody approves their own work. It is not about distrust. It is"
                  + " about the fact that writers read what they meant to write, and editors read what is on"
                  + " the page.</p>"
                  + "<ul><li>An editor approves one version, not a moving target.</li>"
                  + "<li>Any change after approval goes back for review.</li>"
                  + "<li>The published text is exactly the approved text.</li></ul>"
                  + "<p>Tools help. They catch typos and flag long sentences. But a column is a claim made in"
                  + " public, and someone other than its author should have said yes to it.</p>"));
}
