/*
 * A comment before the package declaration: package com.example.wrong;
 */
// package com.example.alsowrong;
package com.example.orders;

public class PlaceOrder {
  public String handleRequest(String order) {
    return order;
  }
}
