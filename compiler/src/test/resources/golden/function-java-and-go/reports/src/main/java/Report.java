public class Report {
  public String run(String month) {
    return month;
  }
}
