// SPDX-License-Identifier: MIT
#include "when/zh_lexicon.h"

#include <array>

namespace plancheck {

std::span<const Festival> festivals() {
  static constexpr Festival kFestivals[] = {
      // Statutory holidays (全国年节及纪念日放假办法): their days off are each year's notice.
      {U"元旦节", "元旦", false, 1, 1, false},
      {U"元旦", "元旦", false, 1, 1, false},
      {U"春节", "春节", true, 1, 1, false},
      {U"清明节", "清明节", false, 0, 0, false},
      {U"清明", "清明节", false, 0, 0, false},
      {U"五一国际劳动节", "劳动节", false, 5, 1, false},
      {U"五一劳动节", "劳动节", false, 5, 1, false},
      {U"劳动节", "劳动节", false, 5, 1, false},
      {U"五一", "劳动节", false, 5, 1, true},
      {U"端午节", "端午节", true, 5, 5, false},
      {U"端午", "端午节", true, 5, 5, false},
      {U"中秋节", "中秋节", true, 8, 15, false},
      {U"中秋", "中秋节", true, 8, 15, false},
      {U"国庆节", "国庆节", false, 10, 1, false},
      {U"国庆", "国庆节", false, 10, 1, false},
      {U"十一", "国庆节", false, 10, 1, true},
      // Festivals of the lunar calendar with no days off of their own.
      {U"除夕", nullptr, true, 12, 0, false},
      {U"大年三十", nullptr, true, 12, 0, false},
      {U"大年初一", nullptr, true, 1, 1, false},
      {U"元宵节", nullptr, true, 1, 15, false},
      {U"元宵", nullptr, true, 1, 15, false},
      {U"龙抬头", nullptr, true, 2, 2, false},
      {U"二月二", nullptr, true, 2, 2, false},
      {U"七夕节", nullptr, true, 7, 7, false},
      {U"七夕", nullptr, true, 7, 7, false},
      {U"中元节", nullptr, true, 7, 15, false},
      {U"重阳节", nullptr, true, 9, 9, false},
      {U"重阳", nullptr, true, 9, 9, false},
      {U"腊八节", nullptr, true, 12, 8, false},
      {U"腊八", nullptr, true, 12, 8, false},
      // Days of the solar calendar that plans count to.
      {U"三八妇女节", nullptr, false, 3, 8, false},
      {U"三八国际妇女节", nullptr, false, 3, 8, false},
      {U"妇女节", nullptr, false, 3, 8, false},
      {U"三八", nullptr, false, 3, 8, true},
      {U"植树节", nullptr, false, 3, 12, false},
      {U"五四青年节", nullptr, false, 5, 4, false},
      {U"青年节", nullptr, false, 5, 4, false},
      {U"五四", nullptr, false, 5, 4, true},
      {U"六一儿童节", nullptr, false, 6, 1, false},
      {U"六一国际儿童节", nullptr, false, 6, 1, false},
      {U"儿童节", nullptr, false, 6, 1, false},
      {U"六一", nullptr, false, 6, 1, true},
      {U"建党节", nullptr, false, 7, 1, false},
      {U"七一", nullptr, false, 7, 1, true},
      {U"八一建军节", nullptr, false, 8, 1, false},
      {U"建军节", nullptr, false, 8, 1, false},
      {U"八一", nullptr, false, 8, 1, true},
      {U"教师节", nullptr, false, 9, 10, false},
  };
  return kFestivals;
}

std::span<const std::u32string_view> continuing_words() {
  static constexpr std::u32string_view kWords[] = {
      U"持续",   U"及时",     U"长期", U"常态", U"常抓",     U"常年",     U"长年",     U"经常",
      U"随时",   U"随到随办", U"动态", U"不断", U"久久为功", U"长效",     U"第一时间", U"定期",
      U"全天候", U"24小时",   U"值守", U"值班", U"全程",     U"实时",     U"贯穿",     U"始终",
      U"日常",   U"立即",     U"即时", U"适时", U"滚动",     U"一以贯之", U"坚持",     U"同步"};
  return kWords;
}

std::span<const std::u32string_view> issue_start_words() {
  static constexpr std::u32string_view kWords[] = {
      U"即日起施行",       U"即日起实施",       U"即日起",       U"立行立改",
      U"自印发之日起施行", U"自印发之日起实施", U"自印发之日起", U"自发布之日起施行",
      U"自发布之日起",     U"自公布之日起施行", U"自公布之日起", U"印发之日起"};
  return kWords;
}

std::span<const PeriodicNoun> periodic_nouns() {
  static constexpr PeriodicNoun kNouns[] = {
      {U"季度通报", Period::quarter}, {U"季度调度", Period::quarter},
      {U"半年报", Period::half_year}, {U"月通报", Period::month},
      {U"月调度", Period::month},     {U"周调度", Period::week},
      {U"月报", Period::month},       {U"季报", Period::quarter},
      {U"周报", Period::week}};
  return kNouns;
}

namespace {
// The first five also in running text (standing_duty_words_in_text).
constexpr std::u32string_view kStandingDutyWords[] = {
    U"持续推进", U"长期坚持", U"不定期", U"常态化", U"实时", U"持续", U"长期", U"随时", U"全程"};
}  // namespace

std::span<const std::u32string_view> standing_duty_words() { return kStandingDutyWords; }

std::span<const std::u32string_view> standing_duty_words_in_text() {
  return std::span(kStandingDutyWords).first(5);
}

std::span<const SeasonWord> regional_seasons() {
  static constexpr SeasonWord kSeasons[] = {
      {U"采暖季", "采暖季"}, {U"采暖期", "采暖季"}, {U"供暖季", "采暖季"},
      {U"供暖期", "采暖季"}, {U"供热期", "采暖季"}, {U"取暖季", "采暖季"},
      {U"主汛期", "主汛期"}, {U"汛期", "汛期"},     {U"汛", "汛期"}};
  return kSeasons;
}

std::span<const std::u32string_view> finishing_verbs() {
  static constexpr std::u32string_view kVerbs[] = {
      U"完成", U"办结", U"到位", U"结束", U"截止", U"报送", U"上报", U"报",  U"提交",
      U"交",   U"印发", U"出台", U"建成", U"实现", U"落实", U"整改", U"验收"};
  return kVerbs;
}

std::span<const std::u32string_view> doing_verbs() {
  static constexpr std::u32string_view kVerbs[] = {
      U"开展", U"组织", U"进行", U"召开", U"举办", U"举行", U"集中", U"部署", U"推进", U"督查",
      U"检查", U"评估", U"考核", U"调度", U"巡查", U"排查", U"宣传", U"培训", U"全面", U"对"};
  return kVerbs;
}

std::span<const std::u32string_view> starting_verbs() {
  static constexpr std::u32string_view kVerbs[] = {U"启动", U"开始", U"施行", U"实施",
                                                   U"执行", U"试行", U"运行", U"开工"};
  return kVerbs;
}

std::span<const std::u32string_view> start_words() {
  static constexpr std::u32string_view kWords[] = {
      U"本方案自", U"本计划自", U"本办法自", U"本通知自", U"自从", U"从", U"自"};
  return kWords;
}

std::span<const std::u32string_view> by_words() {
  static constexpr std::u32string_view kWords[] = {U"截至到", U"截止到", U"截至",
                                                   U"截止",   U"到",     U"至"};
  return kWords;
}

std::span<const std::u32string_view> at_words() {
  static constexpr std::u32string_view kWords[] = {U"于", U"在"};
  return kWords;
}

std::span<const std::u32string_view> modal_words() {
  static constexpr std::u32string_view kWords[] = {U"原则上", U"务必", U"必须", U"应当", U"力争",
                                                   U"争取",   U"确保", U"预计", U"计划", U"要求",
                                                   U"拟",     U"要",   U"须",   U"需",   U"应"};
  return kWords;
}

std::span<const std::u32string_view> period_lead_words() {
  static constexpr std::u32string_view kWords[] = {U"按", U"逐"};
  return kWords;
}

std::span<const std::u32string_view> ordinal_words() {
  static constexpr std::u32string_view kWords[] = {U"第", U"前", U"头"};
  return kWords;
}

std::span<const std::u32string_view> anchor_words() {
  static constexpr std::u32string_view kWords[] = {
      U"印发实施后", U"印发之日起", U"印发后", U"实施后", U"发布后", U"出台后", U"之日起"};
  return kWords;
}

}  // namespace plancheck
